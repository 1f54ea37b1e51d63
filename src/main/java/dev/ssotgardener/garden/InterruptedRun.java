package dev.ssotgardener.garden;

import dev.ssotgardener.policy.kinds.Words;
import dev.ssotgardener.report.ProcessStep;
import dev.ssotgardener.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a run does first with the journal an interrupted run left: the files it names hold that
 * run's changes, this run's own. Killed during step 4, they are put back as step 4 found them (the
 * loop then repeats and replays what it had done, {@link JournaledWrites}); killed after it, each
 * must hold what the run last wrote, and is kept for steps 5 and 6. A file holding content the run
 * never wrote was changed by someone else: the rerun refuses to touch anything.
 */
final class InterruptedRun {
  private InterruptedRun() {}

  /**
   * The files the journal names, whose changes are the run's own (none without a journal).
   *
   * @throws GardenException when such a file holds content the run never wrote
   */
  static Set<String> recover(GardenJournal journal) throws IOException, GardenException {
    GardenJournal.Entries entries = journal.entries();
    Set<String> own = new LinkedHashSet<>(entries.originals.keySet());
    if (own.isEmpty()) {
      return own;
    }
    GardenRun run = journal.run;
    boolean looping = !run.state.isDone(ProcessStep.EXECUTE_REMEDIATION);
    for (String path : own) {
      String now = GardenJournal.sha256(Files.readAllBytes(run.root.resolve(path)));
      if (!(looping ? entries.written(path).contains(now) : now.equals(entries.last(path)))) {
        throw new GardenException(
            path
                + " was changed after an interrupted ssot garden run changed it; commit or"
                + " restore it (its journal: "
                + journal.relativePath()
                + ")");
      }
    }
    if (looping) {
      int restored = 0;
      for (Map.Entry<String, GardenJournal.Original> original : entries.originals.entrySet()) {
        Path target = run.root.resolve(original.getKey());
        if (!GardenJournal.sha256(Files.readAllBytes(target))
            .equals(original.getValue().sha256())) {
          AtomicFiles.write(target, Base64.getDecoder().decode(original.getValue().base64()));
          restored++;
        }
      }
      run.say(
          "resuming an interrupted run: "
              + Words.plural(restored, "file")
              + " put back as step 4 found them; "
              + Words.plural(entries.verdicts.size(), "finished cycle")
              + " replayed from "
              + journal.relativePath());
    }
    return own;
  }
}
