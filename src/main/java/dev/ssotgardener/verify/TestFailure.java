package dev.ssotgardener.verify;

/**
 * The error that stopped a test from passing or a test file from loading, as the runner reported
 * it: the exception type, its message, and the innermost place in the repository it points at.
 *
 * @param test the test (or test file) the runner blamed, as it named it
 * @param file where the error points, relative to the run's directory when it lies inside it; empty
 *     when the report names no place in the repository
 * @param line 1-based; 0 when unknown
 */
public record TestFailure(String test, String type, String message, String file, int line) {
  /** {@code ModuleNotFoundError: No module named 'x' (tests/test_x.py:8)}. */
  public String describe() {
    String what = message.isEmpty() ? type : type + ": " + message;
    return file.isEmpty() ? what : what + " (" + file + (line > 0 ? ":" + line : "") + ")";
  }
}
