package dev.ssotgardener.cli;

/** Output that could not be written: one line on stderr and {@link ExitCodes#OUTPUT_FAILED}. */
final class OutputFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  OutputFailure(String message) {
    super(message);
  }

  /** Standard output refused a write; a {@code PrintStream} keeps only that it failed, not why. */
  static OutputFailure standardOutput() {
    return new OutputFailure(
        "could not write to standard output (a full disk or a closed pipe?); the output is"
            + " incomplete");
  }
}
