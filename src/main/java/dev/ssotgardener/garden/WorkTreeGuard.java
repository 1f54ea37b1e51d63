package dev.ssotgardener.garden;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What a real (not dry) run checks before its first step: a tree it may change. */
final class WorkTreeGuard {
  private WorkTreeGuard() {}

  /**
   * Recovers an interrupted run's changes, then refuses a tree with changes of someone else's
   * (unless {@code --allow-dirty}) or a garden branch this run did not start.
   */
  static void refuseToStart(GardenRun run) throws IOException, GardenException {
    // an interrupted run's changes are this run's own: put back or kept, never "uncommitted"
    GardenJournal journal = new GardenJournal(run);
    Set<String> own = InterruptedRun.recover(journal);
    if (run.git.isEmpty()) {
      return;
    }
    List<String> dirty = new ArrayList<>(run.git.get().dirtyPaths());
    dirty.removeAll(own);
    if (!dirty.isEmpty() && !run.options.allowDirty()) {
      throw new GardenException(
          "the work tree has uncommitted changes ("
              + String.join(", ", dirty.subList(0, Math.min(3, dirty.size())))
              + (dirty.size() > 3 ? ", …" : "")
              + "); commit or stash them, or pass --allow-dirty");
    }
    if (run.git.get().branchExists(run.branch()) && journal.commitIntent().isEmpty()) {
      throw new GardenException(SourceControl.branchExistsMessage(run.branch()));
    }
  }
}
