package dev.ssotgardener.cli;

/** The exit codes of every command, as README's table lists them. */
final class ExitCodes {
  static final int CLEAN = 0;
  static final int FINDINGS = 1;
  static final int USAGE_OR_POLICY_ERROR = 2;

  /** Standard output or an output file could not be written (a full disk, a closed pipe). */
  static final int OUTPUT_FAILED = 3;

  /** The Java runtime gave up: out of memory or stack, or another {@link Error}. */
  static final int RUNTIME_FAILED = 4;

  private ExitCodes() {}
}
