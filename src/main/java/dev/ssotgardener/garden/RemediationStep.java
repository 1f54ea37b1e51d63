package dev.ssotgardener.garden;

import dev.ssotgardener.policy.kinds.Words;
import dev.ssotgardener.report.ProcessStep;
import java.io.IOException;
import java.util.List;

/**
 * Steps 4 and 5: the plan applied by the {@link TestFixLoop}, then the close of the loop: the tests
 * after every kept change, no worse than the baseline.
 */
final class RemediationStep implements GardenStep {
  private final ProcessStep id;

  /** One instance per step: 4 applies and settles the changes, 5 proves the result. */
  RemediationStep(ProcessStep id) {
    this.id = id;
  }

  @Override
  public ProcessStep id() {
    return id;
  }

  @Override
  public boolean run(GardenRun run) throws IOException, InterruptedException {
    TrackerState state = run.state;
    if (id == ProcessStep.EXECUTE_REMEDIATION) {
      state.cycles.clear();
      state.kept.clear();
      state.resolved.clear();
      state.alternatives.clear();
      state.last = state.baseline;
      TestFixLoop loop = new TestFixLoop(run);
      if (!loop.applyAll() || !loop.settle()) {
        return false;
      }
      state.done(id);
      return true;
    }
    if (state.last == null) {
      state.last = run.runTests();
    }
    List<String> worse = state.baseline.toTestRun().brokenIn(state.last.toTestRun());
    if (!worse.isEmpty()) {
      state.stopped(id, "tests worse than the baseline: " + String.join(", ", worse));
      return false;
    }
    state.done(id);
    run.say(
        "step 5 test-fix loop: "
            + state.last.counts()
            + " (baseline "
            + state.baseline.counts()
            + ")");
    return true;
  }

  @Override
  public void describe(GardenRun run) {
    if (id == ProcessStep.EXECUTE_REMEDIATION) {
      run.say(
          "step 4 would try the planned changes, at most "
              + Words.count(run.options.maxCycles(), "test run"));
    }
  }
}
