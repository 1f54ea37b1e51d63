package dev.ssotgardener.garden;

import dev.ssotgardener.report.ProcessStep;
import java.io.IOException;
import java.util.Optional;

/** Step 2: runs the test command once before any change: the baseline every change is held to. */
final class BaselineStep implements GardenStep {
  @Override
  public ProcessStep id() {
    return ProcessStep.EXECUTE_TEST_PLAN;
  }

  @Override
  public boolean run(GardenRun run) throws IOException, InterruptedException {
    Optional<String> command = run.testCommand();
    if (command.isEmpty()) {
      run.state.stopped(
          id(),
          "no test command: pass --test-command, set test-command in ssot.yml, or declare an"
              + " entrypoint truth whose canonical runner is a .py file");
      return false;
    }
    run.state.testCommand = command.get();
    run.state.baseline = run.runTests();
    run.state.last = run.state.baseline;
    run.state.done(id());
    run.say("step 2 baseline: " + run.state.baseline.counts());
    return true;
  }

  @Override
  public void describe(GardenRun run) {
    run.say("step 2 would run: " + run.testCommand().orElse("(no test command)"));
  }
}
