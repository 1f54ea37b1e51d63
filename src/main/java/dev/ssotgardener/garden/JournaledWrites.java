package dev.ssotgardener.garden;

import dev.ssotgardener.report.ProcessStep;
import dev.ssotgardener.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The test-fix loop's side of the {@link GardenJournal}: each write recorded before it is made, and
 * each cycle's verdict after its tests ran. An attempt at step 4 that follows an interrupted one
 * (whose files {@link InterruptedRun} put back) repeats the interrupted attempt's writes; while it
 * does, the verdicts that attempt recorded are replayed instead of running the tests again, so the
 * loop resumes at the unfinished cycle on the tree that cycle started from.
 */
final class JournaledWrites {
  private final GardenJournal journal;

  /** The writes of the interrupted attempt, which this one repeats; null until first read. */
  private List<GardenJournal.Write> recorded;

  private int repeatedWrites;
  private boolean replayEnded;

  JournaledWrites(GardenRun run) {
    this.journal = new GardenJournal(run);
  }

  /** The journal, its writes those of this attempt (the interrupted one's set aside). */
  private GardenJournal.Entries entries() throws IOException {
    GardenJournal.Entries entries = journal.entries();
    if (recorded == null) {
      recorded = entries.writes;
      entries.writes = new ArrayList<>();
    }
    return entries;
  }

  /**
   * Writes {@code bytes} to {@code target} after recording the write; the seam {@link WorkTree}
   * writes through.
   */
  void write(Path target, byte[] bytes) throws IOException {
    GardenRun run = journal.run;
    String path = run.root.relativize(target).toString().replace('\\', '/');
    byte[] now = Files.readAllBytes(target);
    GardenJournal.Entries entries = entries();
    entries.originals.computeIfAbsent(
        path,
        p ->
            new GardenJournal.Original(
                GardenJournal.sha256(now), Base64.getEncoder().encodeToString(now)));
    GardenJournal.Write write =
        new GardenJournal.Write(
            run.state.firstUnfinished().map(ProcessStep::name).orElse(""),
            run.state.cycles.size() + 1,
            path,
            GardenJournal.sha256(now),
            GardenJournal.sha256(bytes));
    follow(entries, write);
    entries.writes.add(write);
    journal.save();
    AtomicFiles.write(target, bytes);
  }

  /**
   * Checks a write of this attempt against the interrupted one's: the first write it did not make
   * (the unfinished cycle's, or a difference of files or plan) ends the replay.
   */
  private void follow(GardenJournal.Entries entries, GardenJournal.Write write) {
    if (replayEnded) {
      return;
    }
    if (repeatedWrites < recorded.size()
        && recorded.get(repeatedWrites).path().equals(write.path())
        && recorded.get(repeatedWrites).after().equals(write.after())) {
      repeatedWrites++;
      return;
    }
    replayEnded = true;
    if (!recorded.isEmpty()) {
      // verdicts of the cycles from this write's on were reached on another tree: not ours
      entries.verdicts =
          new ArrayList<>(
              entries.verdicts.subList(0, Math.min(write.cycle() - 1, entries.verdicts.size())));
    }
  }

  /** The verdict the interrupted attempt recorded for {@code cycle}, while this one repeats it. */
  Optional<Trials.Verdict> replayed(int cycle) throws IOException {
    List<Trials.Verdict> verdicts = entries().verdicts;
    if (replayEnded || cycle > verdicts.size()) {
      return Optional.empty();
    }
    journal.run.say("cycle " + cycle + ": verdict replayed from the journal, tests not run again");
    return Optional.of(verdicts.get(cycle - 1));
  }

  /** Records the verdict of {@code cycle}, whose tests just ran. */
  void judged(int cycle, Trials.Verdict verdict) throws IOException {
    GardenJournal.Entries entries = entries();
    List<Trials.Verdict> kept =
        new ArrayList<>(entries.verdicts.subList(0, Math.min(cycle - 1, entries.verdicts.size())));
    kept.add(verdict);
    entries.verdicts = kept;
    journal.save();
  }

  /** Forgets everything: the loop rolled the tree back to how it found it. */
  void clear() throws IOException {
    journal.clear();
    recorded = List.of();
  }
}
