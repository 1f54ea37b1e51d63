package dev.ssotgardener.verify;

import java.time.Duration;
import java.util.List;

/**
 * The result of one run of the project's test command.
 *
 * @param cases per-test outcomes, when JUnit XML or the runner's verbose output gave them
 * @param outputTail the last lines of the command's output, for the tracker
 * @param failures the errors behind failing tests and files that could not load, as reported
 */
public record TestRun(
    int exitCode,
    boolean timedOut,
    Duration elapsed,
    List<TestCaseResult> cases,
    String outputTail,
    List<TestFailure> failures) {
  public TestRun {
    cases = List.copyOf(cases);
    failures = List.copyOf(failures);
  }

  public TestRun(
      int exitCode, boolean timedOut, Duration elapsed, List<TestCaseResult> cases, String tail) {
    this(exitCode, timedOut, elapsed, cases, tail, List.of());
  }

  public boolean passed() {
    return !timedOut && exitCode == 0;
  }

  public long count(TestCaseResult.Outcome outcome) {
    return cases.stream().filter(c -> c.outcome() == outcome).count();
  }

  /** Tests that pass here but fail in {@code after}: what a change broke. */
  public List<String> brokenIn(TestRun after) {
    java.util.Set<String> passing =
        cases.stream()
            .filter(c -> c.outcome() == TestCaseResult.Outcome.PASSED)
            .map(TestCaseResult::name)
            .collect(java.util.stream.Collectors.toSet());
    return after.cases().stream()
        .filter(c -> c.outcome().failing() && passing.contains(c.name()))
        .map(TestCaseResult::name)
        .sorted()
        .toList();
  }
}
