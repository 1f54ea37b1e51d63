package dev.ssotgardener.cli;

import picocli.CommandLine;

/** The {@code ssot} executable. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code; tests call this instead of main. */
  public static int run(String... args) {
    return new CommandLine(new SsotCommand())
        .setExecutionExceptionHandler(new ErrorHandler())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .execute(args);
  }
}
