package dev.ssotgardener.garden;

import dev.ssotgardener.index.ImportGraph;
import dev.ssotgardener.lang.Dialects;
import dev.ssotgardener.policy.GlobSet;
import dev.ssotgardener.policy.kinds.Words;
import dev.ssotgardener.report.ProcessStep;
import dev.ssotgardener.verify.ProtectingTest;
import dev.ssotgardener.verify.TestSelector;
import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;

/** Step 1: the tests that import the files, directly or transitively. */
final class TestPlanStep implements GardenStep {
  /** Without a {@code tests:} key, the files the languages' usual test commands run. */
  private static final GlobSet DEFAULT_TESTS =
      GlobSet.of(
          Dialects.all().stream().flatMap(d -> d.idioms().collectedTestFiles().stream()).toList());

  @Override
  public ProcessStep id() {
    return ProcessStep.PLAN_TESTS;
  }

  @Override
  public boolean run(GardenRun run) throws IOException {
    run.state.tests.clear();
    for (ProtectingTest t : protecting(run)) {
      run.state.tests.add(new TrackerState.PlannedTest(t.path(), t.reason()));
    }
    run.state.done(id());
    run.say(
        "step 1 plan tests: "
            + Words.count(run.state.tests.size(), "test file")
            + " protect "
            + String.join(", ", run.group.paths()));
    return true;
  }

  @Override
  public void describe(GardenRun run) throws IOException {
    for (ProtectingTest t : protecting(run)) {
      run.say("step 1 test: " + t.path() + " - " + t.reason());
    }
  }

  private static List<ProtectingTest> protecting(GardenRun run) throws IOException {
    Predicate<String> isTest =
        run.policy.tests().patterns().isEmpty()
            ? DEFAULT_TESTS::matches
            : run.policy.tests()::matches;
    return new TestSelector(ImportGraph.of(run.index()), isTest).protecting(run.group.paths());
  }
}
