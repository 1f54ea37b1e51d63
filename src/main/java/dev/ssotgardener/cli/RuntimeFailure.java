package dev.ssotgardener.cli;

import java.util.Optional;

/**
 * An {@link Error} of the Java runtime as one line naming what ran out and how to give more: {@link
 * ExitCodes#RUNTIME_FAILED}, so CI never mistakes it for an audit with findings.
 */
final class RuntimeFailure {
  private RuntimeFailure() {}

  /** The first {@link Error} in {@code thrown}'s causes: workers' errors arrive wrapped. */
  static Optional<Error> in(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof Error error) {
        return Optional.of(error);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }

  static String describe(Error error) {
    if (error instanceof OutOfMemoryError) {
      String what = error.getMessage() == null ? "Java heap space" : error.getMessage();
      return "ssot: out of memory ("
          + what
          + "); give Java more, e.g. SSOT_JAVA_OPTS=-Xmx4g ./ssot ...";
    }
    if (error instanceof StackOverflowError) {
      return "ssot: out of stack space (too deeply nested code?); give Java more, e.g."
          + " SSOT_JAVA_OPTS=-Xss64m ./ssot ...";
    }
    return "ssot: the Java runtime failed: " + error + " (--debug shows the stack trace)";
  }
}
