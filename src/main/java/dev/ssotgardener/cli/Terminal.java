package dev.ssotgardener.cli;

/** What the process's terminal allows: colour only on a real terminal, and never with NO_COLOR. */
final class Terminal {
  private Terminal() {}

  static boolean colorEnabled() {
    String noColor = System.getenv("NO_COLOR");
    return System.console() != null && (noColor == null || noColor.isEmpty());
  }

  /** Progress lines only on a terminal, never when piped or in CI. */
  static boolean progressEnabled() {
    return System.console() != null && System.getenv("CI") == null;
  }
}
