package dev.ssotgardener.garden;

import dev.ssotgardener.finding.ConflictChoice;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.fix.ConflictReport;
import dev.ssotgardener.fix.FileChange;
import dev.ssotgardener.fix.FixPlan;
import dev.ssotgardener.fix.FixRequest;
import dev.ssotgardener.fix.Refusal;
import dev.ssotgardener.policy.BuiltinCheck;
import dev.ssotgardener.policy.kinds.Words;
import dev.ssotgardener.report.ProcessStep;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Step 3: the plan, made once for the issue's own findings: conflicts first (each with the
 * candidates that parse), then each truth's fixes, one file and truth at a time.
 */
final class RemediationPlanStep implements GardenStep {
  static final String CONFLICT = BuiltinCheck.CONFLICT_MARKERS.id();

  @Override
  public ProcessStep id() {
    return ProcessStep.PLAN_REMEDIATION;
  }

  @Override
  public boolean run(GardenRun run) throws IOException {
    plan(run);
    run.state.done(id());
    run.say(
        "step 3 plan remediation: "
            + Words.count(run.state.plan.size(), "change")
            + ", "
            + run.state.unplanned.size()
            + " not planned");
    return true;
  }

  @Override
  public void describe(GardenRun run) throws IOException {
    plan(run);
    List<TrackerState.PlannedChange> plan = run.state.plan;
    for (int i = 0; i < plan.size(); i++) {
      TrackerState.PlannedChange c = plan.get(i);
      run.say(
          "step 3 change "
              + (i + 1)
              + ": "
              + c.label()
              + (c.isConflict() ? " [" + TrackerMarkdown.labels(c.candidates()) + "]" : ""));
    }
    run.state.unplanned.forEach(u -> run.say("step 3 not planned: " + u));
  }

  private static void plan(GardenRun run) throws IOException {
    TrackerState state = run.state;
    Set<String> mine = run.fingerprints();
    FixPlan plan = run.plan(new FixRequest(Optional.empty(), Optional.empty(), Optional.of(mine)));
    state.plan.clear();
    state.unplanned.clear();
    Set<String> conflicted = new LinkedHashSet<>();
    plan.conflicts().forEach(r -> conflicted.add(r.path()));
    for (String path : conflicted) {
      List<ConflictChoice> parsing =
          Arrays.stream(ConflictChoice.values())
              .filter(choice -> parsesEverywhere(plan, path, choice))
              .toList();
      if (parsing.isEmpty()) {
        state.unplanned.add(
            "`" + path + "`: no candidate resolution of its conflict parses; resolve it by hand");
      } else {
        state.plan.add(
            new TrackerState.PlannedChange(path, CONFLICT, "resolve the conflict", parsing));
      }
    }
    for (FileChange change : plan.changes()) {
      Set<String> truths = new LinkedHashSet<>();
      change.fixed().forEach(f -> truths.add(f.truth()));
      for (String truth : truths) {
        String description =
            change.fixed().stream()
                .filter(f -> f.truth().equals(truth))
                .findFirst()
                .flatMap(Finding::fix)
                .map(fix -> fix.description())
                .orElse("fix");
        state.plan.add(
            new TrackerState.PlannedChange(change.path(), truth, description, List.of()));
      }
    }
    for (Refusal r : plan.refused()) {
      state.unplanned.add(
          "`%s:%d` [%s] %s"
              .formatted(
                  r.finding().path(),
                  r.finding().span().startLine(),
                  r.finding().truth(),
                  r.reason()));
    }
    state.order =
        "conflicts first (a file that cannot load hides every other result), candidates in the"
            + " order ours, theirs, ours+theirs, theirs+ours (those that parse); then each"
            + " truth's fixes, one file and truth at a time, in finding order";
  }

  /** Whether the file parses with every block of it resolved to {@code choice}. */
  private static boolean parsesEverywhere(FixPlan plan, String path, ConflictChoice choice) {
    List<ConflictReport> reports = new ArrayList<>();
    plan.conflicts().stream().filter(r -> r.path().equals(path)).forEach(reports::add);
    return reports.stream()
        .allMatch(r -> r.candidates().stream().anyMatch(c -> c.choice() == choice && c.parses()));
  }
}
