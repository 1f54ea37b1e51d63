package dev.ssotgardener.garden;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Step 6's last check against the {@link GardenJournal}, which a resumed run needs most: the kept
 * changes are committed only as the run wrote them, never a candidate the test-fix loop rolled
 * back, and never as an empty commit.
 */
final class CommitRefusal {
  private CommitRefusal() {}

  /**
   * Why the kept changes in {@code paths} cannot be committed as the tree holds them, if they
   * cannot: a file holds content the run did not write last, or a candidate a cycle rolled back, or
   * none of them differs from how the run found it (an empty commit).
   */
  static Optional<String> reason(GardenJournal journal, List<String> paths) throws IOException {
    GardenJournal.Entries entries = journal.entries();
    List<TrackerState.Cycle> cycles = journal.run.state.cycles;
    Set<String> rolledBack = new LinkedHashSet<>();
    Set<String> kept = new LinkedHashSet<>();
    for (GardenJournal.Write w : entries.writes) {
      // a write after the last recorded cycle (an undo, a settled conflict) belongs to no trial
      boolean undone =
          w.cycle() <= cycles.size()
              && cycles.get(w.cycle() - 1).decision() == TrackerState.Decision.ROLLED_BACK;
      (undone ? rolledBack : kept).add(w.after());
    }
    boolean changed = false;
    for (String path : paths) {
      String now = GardenJournal.sha256(Files.readAllBytes(journal.run.root.resolve(path)));
      GardenJournal.Original original = entries.originals.get(path);
      if (original == null || !now.equals(entries.last(path))) {
        return Optional.of(path + " does not hold what this run last wrote; nothing committed");
      }
      if (now.equals(original.sha256())) {
        continue;
      }
      changed = true;
      if (rolledBack.contains(now) && !kept.contains(now)) {
        return Optional.of(
            path + " holds a change the test-fix loop rolled back; nothing committed");
      }
    }
    return changed
        ? Optional.empty()
        : Optional.of("nothing to commit: the kept changes leave every file as it was");
  }
}
