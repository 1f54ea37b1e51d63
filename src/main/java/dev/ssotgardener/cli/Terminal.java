package dev.ssotgardener.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the process's terminal allows: colour only on a real terminal, and never with NO_COLOR. */
final class Terminal {
  private Terminal() {}

  static boolean colorEnabled() {
    String noColor = System.getenv("NO_COLOR");
    return System.console() != null && (noColor == null || noColor.isEmpty());
  }

  /**
   * Progress lines (on stderr) only when stderr is a terminal: never when it is piped, redirected
   * or in CI, and never in the way of a report on stdout.
   */
  static boolean progressEnabled() {
    String term = System.getenv("TERM");
    return System.getenv("CI") == null && !"dumb".equals(term) && stderrIsTerminal();
  }

  /**
   * Java 17 cannot ask about stderr itself: on Linux its file descriptor links to the terminal's
   * device; elsewhere a console (stdin and stdout on a terminal) is the best sign.
   */
  private static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }
}
