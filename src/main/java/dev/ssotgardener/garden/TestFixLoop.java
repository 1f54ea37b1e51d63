package dev.ssotgardener.garden;

import dev.ssotgardener.finding.ConflictChoice;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.fix.FileChange;
import dev.ssotgardener.fix.FixPlan;
import dev.ssotgardener.fix.FixRequest;
import dev.ssotgardener.fix.Refusal;
import dev.ssotgardener.report.ProcessStep;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Steps 4 and 5's loop: each planned change applied on top of those kept, tested, and kept or
 * rolled back; a conflict through {@link ConflictTrial}. Changes are judged together: a conflict
 * candidate kept provisionally (its file's blocker moved on) is settled once the rest of the plan
 * is in place: confirmed when the issue's own tests then pass, its alternatives that also moved the
 * blocker tried again with the same fixes; otherwise everything is rolled back and the remaining
 * blocker named. At most {@code --max-cycles} test runs.
 */
final class TestFixLoop {
  private final GardenRun run;
  private final WorkTree tree;
  private final Trials trials;
  private final ConflictTrial conflicts;
  private final List<Provisional> provisional = new ArrayList<>();
  private final List<TrackerState.PlannedChange> keptFixes = new ArrayList<>();

  /** A conflict kept provisionally, and the other candidates that moved its blocker too. */
  private record Provisional(
      TrackerState.PlannedChange change, ConflictChoice chosen, List<ConflictChoice> others) {}

  TestFixLoop(GardenRun run) {
    this.run = run;
    this.tree = new WorkTree(run);
    this.trials = new Trials(run, tree);
    this.conflicts = new ConflictTrial(run, tree, trials);
  }

  /** Step 4: every planned change tried; false when it stopped (all rolled back). */
  boolean applyAll() throws IOException, InterruptedException {
    TrackerState state = run.state;
    for (TrackerState.PlannedChange change : state.plan) {
      if (trials.cyclesLeft() == 0) {
        state.unplanned.add(
            "not tried (--max-cycles " + run.options.maxCycles() + " reached): " + change.label());
        continue;
      }
      if (change.isConflict() ? !resolve(change) : !applyFix(change)) {
        return false;
      }
    }
    return true;
  }

  private boolean resolve(TrackerState.PlannedChange change)
      throws IOException, InterruptedException {
    Optional<ConflictTrial.Outcome> outcome = conflicts.resolve(change);
    if (outcome.isEmpty()) {
      stop(
          ProcessStep.EXECUTE_REMEDIATION,
          "no candidate resolution of the conflict in " + change.path() + " passes the tests",
          trials.lastRun());
      return false;
    }
    ConflictChoice chosen = outcome.get().chosen().candidate();
    if (outcome.get().provisional()) {
      provisional.add(new Provisional(change, chosen, outcome.get().others()));
    } else {
      keep(
          outcome.get().chosen().change(),
          "conflict resolved to "
              + chosen.label()
              + (outcome.get().others().isEmpty() ? "" : " (reviewer must confirm)"));
    }
    return true;
  }

  private boolean applyFix(TrackerState.PlannedChange change)
      throws IOException, InterruptedException {
    FixPlan plan = fixChange(change);
    Optional<FileChange> planned = plan.changeOf(change.path());
    if (planned.isEmpty()) {
      run.state.unplanned.add(
          change.label() + ": no longer applies (" + refusal(plan, change.path()) + ")");
      return true;
    }
    Trials.Verdict verdict = trials.tryChange(planned.get(), false);
    trials.cycle(
        change,
        null,
        verdict.ok() ? TrackerState.Decision.KEPT : TrackerState.Decision.ROLLED_BACK,
        verdict.text(),
        verdict.run(),
        verdict.startup());
    if (verdict.ok()) {
      run.state.last = verdict.run();
      keptFixes.add(change);
      keep(planned.get(), change.description() + " (" + change.truth() + ")");
    } else {
      tree.undo(planned.get());
    }
    return true;
  }

  /** The plan of one truth's fixes of this issue, against the files as they are now. */
  private FixPlan fixChange(TrackerState.PlannedChange fix) throws IOException {
    return run.plan(
        new FixRequest(
            Optional.of(fix.truth()), Optional.empty(), Optional.of(run.fingerprints())));
  }

  private static String refusal(FixPlan plan, String path) {
    return plan.refused().stream()
        .filter(r -> r.finding().path().equals(path))
        .map(Refusal::reason)
        .findFirst()
        .orElse("the fixer offers no change");
  }

  private void keep(FileChange change, String description) throws IOException {
    tree.keep(change.path());
    run.state.kept.add(
        new TrackerState.KeptChange(
            change.path(),
            description,
            change.fixed().stream().map(Finding::fingerprint).toList()));
    change.fixed().forEach(f -> run.state.resolved.add(f.fingerprint()));
    run.save();
  }

  /**
   * Step 5's settling of provisional conflicts, with the rest of the plan in place: each is kept
   * when its file's tests now pass, and its alternatives are tried with the same fixes.
   */
  boolean settle() throws IOException, InterruptedException {
    for (Provisional p : provisional) {
      TrackerState.FileState now = run.state.last.fileState(p.change().path()).orElse(null);
      if (now != null && now.state() != TestFileState.PASSING) {
        stop(
            ProcessStep.TEST_FIX_LOOP,
            "the test-fix loop cannot make `" + p.change().path() + "` pass",
            run.state.last);
        return false;
      }
      trials.confirm(p.change().label(), p.chosen());
      String keptText = tree.currentText(p.change().path());
      List<ConflictChoice> passed = new ArrayList<>();
      for (ConflictChoice other : p.others()) {
        if (trials.cyclesLeft() > 0 && passesWithTheRest(p, other, keptText)) {
          passed.add(other);
        }
      }
      tree.reset(p.change().path(), keptText);
      keep(
          new FileChange(
              p.change().path(),
              new dev.ssotgardener.workspace.SourceFile(
                  p.change().path(),
                  tree.originalText(p.change().path()),
                  java.nio.charset.StandardCharsets.UTF_8,
                  false),
              keptText,
              conflictFindings(p.change().path())),
          "conflict resolved to "
              + p.chosen().label()
              + ", with the rest of the plan"
              + (passed.isEmpty() ? "" : " (reviewer must confirm)"));
    }
    return true;
  }

  /** One cycle: the file from its original with {@code other}, then the same fixes again. */
  private boolean passesWithTheRest(Provisional p, ConflictChoice other, String keptText)
      throws IOException, InterruptedException {
    String path = p.change().path();
    tree.reset(path, tree.originalText(path));
    Optional<FileChange> candidate = conflicts.candidateChange(path, other);
    if (candidate.isEmpty()) {
      return false;
    }
    tree.write(candidate.get());
    for (TrackerState.PlannedChange fix : keptFixes) {
      Optional<FileChange> again =
          fix.path().equals(path) ? fixChange(fix).changeOf(path) : Optional.empty();
      if (again.isPresent()) {
        tree.write(again.get());
      }
    }
    Trials.Verdict verdict = trials.judge(new java.util.LinkedHashSet<>(tree.keptPaths()), true);
    boolean ok = verdict.ok();
    trials.cycle(
        p.change(),
        other,
        TrackerState.Decision.ROLLED_BACK,
        ok
            ? "tests pass too with the rest of the plan; not kept, "
                + p.chosen().label()
                + " is preferred and a reviewer must confirm"
            : verdict.text() + " (with the rest of the plan)",
        verdict.run(),
        verdict.startup());
    if (ok) {
      conflicts.alternative(path, keptText, other, tree.currentText(path));
    }
    return ok;
  }

  private List<Finding> conflictFindings(String path) {
    return run.group.findings().stream()
        .filter(f -> f.path().equals(path) && f.truth().equals(RemediationPlanStep.CONFLICT))
        .toList();
  }

  /** Rolls every change back and records where and why the loop stopped. */
  private void stop(ProcessStep step, String what, TrackerState.RunRecord blocked)
      throws IOException {
    tree.restoreAll();
    TrackerState state = run.state;
    state.kept.clear();
    state.resolved.clear();
    state.alternatives.clear();
    // A candidate kept provisionally went back with the rest: its cycle says so.
    state.cycles.replaceAll(
        c ->
            c.decision() == TrackerState.Decision.PROVISIONAL
                ? c.with(
                    TrackerState.Decision.ROLLED_BACK,
                    c.verdict() + "; the file still fails with the rest of the plan")
                : c);
    String reason = Blockers.stopReason(what, state, blocked);
    state.last = state.baseline;
    state.stopped(step, reason);
    if (step != ProcessStep.EXECUTE_REMEDIATION) {
      state.undone(ProcessStep.EXECUTE_REMEDIATION);
    }
  }
}
