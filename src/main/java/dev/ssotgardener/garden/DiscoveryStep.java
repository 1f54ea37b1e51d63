package dev.ssotgardener.garden;

import dev.ssotgardener.policy.kinds.Words;
import dev.ssotgardener.report.ProcessStep;

/** Step 0: the audit chose the issue ({@link IssueChooser}); this step records it as done. */
final class DiscoveryStep implements GardenStep {
  @Override
  public ProcessStep id() {
    return ProcessStep.DISCOVERY;
  }

  @Override
  public boolean run(GardenRun run) {
    run.state.done(id());
    describe(run);
    return true;
  }

  @Override
  public void describe(GardenRun run) {
    run.say(
        "step 0 discovery: %s (%s, %s)"
            .formatted(
                run.state.slug,
                run.state.priority,
                Words.count(run.state.findings.size(), "finding")));
  }
}
