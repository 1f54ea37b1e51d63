package dev.ssotgardener.cli;

import java.io.PrintStream;
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

  /** Runs a command line and returns its exit code; tests call this instead of main. */
  public static int run(String... args) {
    int exit;
    try {
      exit =
          new CommandLine(new SsotCommand())
              .setExecutionExceptionHandler(new ErrorHandler())
              .setCaseInsensitiveEnumValuesAllowed(true)
              .execute(args);
    } catch (Error e) { // picocli hands Errors through; the stack is unwound, memory is back
      if (List.of(args).contains("--debug")) {
        e.printStackTrace();
      }
      System.err.println(RuntimeFailure.describe(e));
      return ExitCodes.RUNTIME_FAILED;
    }
    return checkedStandardOutput(exit, System.out);
  }

  /** A {@code PrintStream} swallows write errors: a report lost on the way is an error, too. */
  private static int checkedStandardOutput(int exit, PrintStream out) {
    if (exit != ExitCodes.OUTPUT_FAILED && out.checkError()) {
      System.err.println("ssot: " + OutputFailure.standardOutput().getMessage());
      return ExitCodes.OUTPUT_FAILED;
    }
    return exit;
  }
}
