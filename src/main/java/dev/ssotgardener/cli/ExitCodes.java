package dev.ssotgardener.cli;

/** The exit codes of every command, as PRODUCT.md fixes them. */
final class ExitCodes {
  static final int CLEAN = 0;
  static final int FINDINGS = 1;
  static final int USAGE_OR_POLICY_ERROR = 2;

  private ExitCodes() {}
}
