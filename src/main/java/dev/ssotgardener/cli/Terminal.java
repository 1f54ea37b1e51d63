package dev.ssotgardener.cli;

/** What the process's terminal allows: colour only on a real terminal, and never with NO_COLOR. */
final class Terminal {
  private Terminal() {}

  static boolean colorEnabled() {
    String noColor = System.getenv("NO_COLOR");
    return System.console() != null && (noColor == null || noColor.isEmpty());
  }
}
