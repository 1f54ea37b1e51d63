package dev.ssotgardener.garden;

import dev.ssotgardener.finding.ConflictChoice;
import dev.ssotgardener.fix.FileChange;
import dev.ssotgardener.fix.FixPlan;
import dev.ssotgardener.fix.FixRequest;
import dev.ssotgardener.fix.UnifiedDiff;
import dev.ssotgardener.workspace.SourceFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tries the candidate resolutions of one conflict, each on top of the changes kept so far. One that
 * makes the issue's own tests pass is kept (several: ours, and a reviewer must confirm). When none
 * does but one moves the file's blocking error on (a syntax error at the conflict becomes an import
 * error elsewhere), the first such one is kept provisionally: the rest of the plan may remove the
 * next obstacle, and {@link TestFixLoop#settle} decides at the end.
 */
final class ConflictTrial {
  /** A candidate tried, what its trial ran, and the file's text with it. */
  record Tried(ConflictChoice candidate, FileChange change, Trials.Verdict verdict) {}

  /**
   * What the trial left: the kept candidate, and the others that passed too (or, for a provisional
   * one, moved the blocker too, to be tried again with the rest of the plan).
   */
  record Outcome(Tried chosen, boolean provisional, List<ConflictChoice> others) {}

  private final GardenRun run;
  private final WorkTree tree;
  private final Trials trials;

  ConflictTrial(GardenRun run, WorkTree tree, Trials trials) {
    this.run = run;
    this.tree = tree;
    this.trials = trials;
  }

  /** The kept outcome, written and recorded; empty when no candidate helps (all undone). */
  Optional<Outcome> resolve(TrackerState.PlannedChange change)
      throws IOException, InterruptedException {
    List<Tried> passed = new ArrayList<>();
    List<Tried> moved = new ArrayList<>();
    for (ConflictChoice candidate : change.candidates()) {
      if (trials.cyclesLeft() == 0) {
        break;
      }
      Optional<FileChange> planned = candidateChange(change.path(), candidate);
      if (planned.isEmpty()) {
        trials.cycle(
            change,
            candidate,
            TrackerState.Decision.ROLLED_BACK,
            "not applicable: the fixer offers no change",
            null,
            "-");
        continue;
      }
      Trials.Verdict verdict = trials.tryChange(planned.get(), true);
      trials.cycle(
          change,
          candidate,
          TrackerState.Decision.ROLLED_BACK,
          verdict.text(),
          verdict.run(),
          verdict.startup());
      Tried tried = new Tried(candidate, planned.get(), verdict);
      (verdict.ok() ? passed : verdict.blockerMoved() ? moved : new ArrayList<Tried>()).add(tried);
      tree.undo(planned.get());
    }
    List<Tried> winners = passed.isEmpty() ? moved : passed;
    if (winners.isEmpty()) {
      return Optional.empty();
    }
    Tried chosen = winners.get(0);
    List<ConflictChoice> others =
        winners.subList(1, winners.size()).stream().map(Tried::candidate).toList();
    boolean provisional = passed.isEmpty();
    mark(change.label(), chosen.candidate(), others, provisional);
    tree.write(chosen.change());
    tree.keep(change.path());
    run.state.last = chosen.verdict().run();
    if (!provisional) {
      for (Tried other : passed.subList(1, passed.size())) {
        alternative(
            change.path(),
            chosen.change().fixedText(),
            other.candidate(),
            other.change().fixedText());
      }
    }
    return Optional.of(new Outcome(chosen, provisional, others));
  }

  /**
   * The file with every block of the conflict resolved to {@code candidate}, from disk as it is.
   */
  Optional<FileChange> candidateChange(String path, ConflictChoice candidate) throws IOException {
    FixPlan plan =
        run.plan(
            new FixRequest(
                Optional.of(RemediationPlanStep.CONFLICT),
                Optional.of(candidate),
                Optional.of(run.fingerprints())));
    return plan.changeOf(path);
  }

  /** Records an alternative that also passed, as a diff from the kept file. */
  void alternative(String path, String keptText, ConflictChoice candidate, String text) {
    SourceFile kept =
        new SourceFile(path, keptText, java.nio.charset.StandardCharsets.UTF_8, false);
    run.state.alternatives.add(
        new TrackerState.Alternative(
            path, candidate, UnifiedDiff.of(new FileChange(path, kept, text, List.of()))));
  }

  /** Marks the chosen candidate's cycle, and says of the others why they were not kept. */
  private void mark(
      String label, ConflictChoice chosen, List<ConflictChoice> others, boolean provisional) {
    List<TrackerState.Cycle> cycles = run.state.cycles;
    for (int i = 0; i < cycles.size(); i++) {
      TrackerState.Cycle c = cycles.get(i);
      if (!c.change().equals(label)) {
        continue;
      }
      if (c.candidate() == chosen) {
        cycles.set(
            i,
            provisional
                ? c.with(
                    TrackerState.Decision.PROVISIONAL,
                    c.verdict()
                        + "; the blocking error moved on, so the rest of the plan is tried with it")
                : c.with(TrackerState.Decision.KEPT, c.verdict()));
      } else if (others.contains(c.candidate())) {
        cycles.set(
            i,
            c.with(
                TrackerState.Decision.ROLLED_BACK,
                provisional
                    ? c.verdict() + "; the blocking error moved on too: tried again at the end"
                    : c.verdict()
                        + " too; not kept, "
                        + chosen.label()
                        + " is preferred and a reviewer must confirm"));
      }
    }
  }
}
