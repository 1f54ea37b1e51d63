package dev.ssotgardener.cli;

import java.util.List;
import picocli.CommandLine;

/** The {@code ssot} executable. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // An Error on a thread of our own (progress) ends the run as one on the main thread does.
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, thrown) -> {
          if (RuntimeFailure.in(thrown).isEmpty()) {
            thread.getThreadGroup().uncaughtException(thread, thrown);
            return;
          }
          System.err.println(RuntimeFailure.describe(RuntimeFailure.in(thrown).get()));
          Runtime.getRuntime().halt(ExitCodes.RUNTIME_FAILED);
        });
    System.exit(run(args));
  }

  /** Runs a command line in this process and returns its exit code; tests call this. */
  public static int run(String... args) {
    return run(Invocation.ofProcess(), args);
  }

  /**
   * Runs a command line for {@code invocation} and returns its exit code. In the daemon an {@link
   * Error} is thrown, for {@link DaemonService} to decide whether the client runs the line again.
   */
  static int run(Invocation invocation, String... args) {
    int exit;
    CommandLine commandLine = commandLine(invocation);
    try {
      exit = commandLine.execute(args);
    } catch (Error e) { // picocli hands Errors through; the stack is unwound, memory is back
      if (!invocation.ownProcess()) {
        throw e;
      }
      return runtimeFailure(invocation, e, args);
    } finally {
      commandLine.getOut().flush();
      commandLine.getErr().flush();
    }
    return checkedStandardOutput(exit, invocation);
  }

  /** Reports an {@link Error} of the Java runtime as one line (and its stack with --debug). */
  static int runtimeFailure(Invocation invocation, Error e, String... args) {
    if (List.of(args).contains("--debug")) {
      e.printStackTrace(invocation.err());
    }
    invocation.err().println(RuntimeFailure.describe(e));
    return ExitCodes.RUNTIME_FAILED;
  }

  /** The command line of one run, writing to its streams. */
  static CommandLine commandLine(Invocation invocation) {
    CommandLine commandLine =
        new CommandLine(new SsotCommand(), new InvocationFactory(invocation))
            .setExecutionExceptionHandler(new ErrorHandler(invocation))
            .setCaseInsensitiveEnumValuesAllowed(true);
    if (!invocation.ownProcess()) {
      // picocli's own writers (help, usage errors) are the process's unless told otherwise.
      commandLine
          .setOut(Invocation.writer(invocation.out()))
          .setErr(Invocation.writer(invocation.err()))
          .setColorScheme(CommandLine.Help.defaultColorScheme(invocation.helpAnsi()));
    }
    return commandLine;
  }

  /** A {@code PrintStream} swallows write errors: a report lost on the way is an error, too. */
  private static int checkedStandardOutput(int exit, Invocation invocation) {
    if (exit != ExitCodes.OUTPUT_FAILED && invocation.out().checkError()) {
      invocation.err().println("ssot: " + OutputFailure.standardOutput().getMessage());
      return ExitCodes.OUTPUT_FAILED;
    }
    return exit;
  }
}
