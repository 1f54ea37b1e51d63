package dev.ssotgardener.cli;

import dev.ssotgardener.audit.FactsCache;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Help.Ansi;

/**
 * What one run of the command line sees of whoever started it: where relative paths resolve, the
 * environment, the three standard streams and the terminal. In a JVM of its own that is the
 * process's; in the daemon ({@link DaemonService}) it is the client's, so two runs served at once
 * never share an output stream, a working directory or an environment variable. Commands reach it
 * through their constructor ({@link InvocationFactory}) and never {@code System.out}, {@code
 * System.getenv} or the JVM's working directory.
 *
 * @param base what a relative path the user gave resolves against for reading and writing: the
 *     empty path in a process of its own (the path is used as given), the client's working
 *     directory in the daemon. Messages always name a path as the user gave it.
 * @param console whether standard input and output are a terminal, as {@code System.console()}
 *     tells
 * @param stderrTerminal whether standard error is a terminal
 * @param ownProcess true when this is the JVM's own process, whose help colours picocli decides
 * @param abandoned whether the one who asked for the run has gone (a client killed mid-run)
 * @param memory facts of earlier runs in this JVM: the daemon's, bounded; none in a JVM of its own
 */
record Invocation(
    Path base,
    Map<String, String> environment,
    PrintStream out,
    PrintStream err,
    InputStream in,
    boolean console,
    boolean stderrTerminal,
    boolean ownProcess,
    BooleanSupplier abandoned,
    FactsCache memory) {

  /** This JVM's own working directory, environment, streams and terminal. */
  static Invocation ofProcess() {
    return new Invocation(
        Path.of(""),
        System.getenv(),
        System.out,
        System.err,
        System.in,
        System.console() != null,
        Terminal.stderrIsTerminal(),
        true,
        () -> false,
        FactsCache.none());
  }

  /**
   * A writer on {@code stream} as picocli makes its own on the standard streams: the JVM's default
   * charset, which the daemon shares with its clients (the locale is part of its identity).
   */
  static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(
        new BufferedWriter(new OutputStreamWriter(stream, Charset.defaultCharset())), true);
  }

  /** Where {@code given} is on disk; {@code given} itself in a process of its own. */
  Path resolve(Path given) {
    return base.resolve(given);
  }

  /** The working directory as an absolute path. */
  Path directory() {
    return base.toAbsolutePath();
  }

  Optional<String> env(String name) {
    return Optional.ofNullable(environment.get(name));
  }

  /** Colour in reports: only on a real terminal, and never with NO_COLOR. */
  boolean colorEnabled() {
    return console && env("NO_COLOR").filter(v -> !v.isEmpty()).isEmpty();
  }

  /**
   * Progress lines (on stderr) only when stderr is a terminal: never when it is piped, redirected
   * or in CI, and never in the way of a report on stdout.
   */
  boolean progressEnabled() {
    return env("CI").isEmpty() && !"dumb".equals(environment.get("TERM")) && stderrTerminal;
  }

  /**
   * picocli's colours for help and usage errors: its own choice in a process of its own; for a
   * client, the same choice made from the client's terminal and environment (picocli's rules on
   * Linux: NO_COLOR off, CLICOLOR_FORCE on, CLICOLOR=0 or ConEmuANSI=OFF off, else a console).
   */
  Ansi helpAnsi() {
    if (ownProcess || System.getProperty("picocli.ansi") != null) {
      return Ansi.AUTO; // the property is one of the JVM options the daemon shares with the client
    }
    if (env("NO_COLOR").isPresent()) {
      return Ansi.OFF;
    }
    if (env("CLICOLOR_FORCE").filter(v -> !v.equals("0")).isPresent()) {
      return Ansi.ON;
    }
    if ("0".equals(environment.get("CLICOLOR")) || "OFF".equals(environment.get("ConEmuANSI"))) {
      return Ansi.OFF;
    }
    return console ? Ansi.ON : Ansi.OFF;
  }
}
