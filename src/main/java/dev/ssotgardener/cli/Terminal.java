package dev.ssotgardener.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether this process's standard error is a terminal (see {@link Invocation#ofProcess()}). */
final class Terminal {
  private Terminal() {}

  /**
   * Java 17 cannot ask about stderr itself: on Linux its file descriptor links to the terminal's
   * device; elsewhere a console (stdin and stdout on a terminal) is the best sign.
   */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }
}
