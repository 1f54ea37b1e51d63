package dev.ssotgardener.verify;

/** One test's outcome, as the runner or its JUnit XML reported it. */
public record TestCaseResult(String name, Outcome outcome) {
  public enum Outcome {
    PASSED,
    FAILED,
    ERROR,
    SKIPPED;

    public boolean failing() {
      return this == FAILED || this == ERROR;
    }
  }
}
