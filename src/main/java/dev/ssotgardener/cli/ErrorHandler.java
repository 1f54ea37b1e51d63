package dev.ssotgardener.cli;

import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns exceptions into one line on stderr; the stack trace only with {@code --debug}. */
final class ErrorHandler implements IExecutionExceptionHandler {
  private final Invocation invocation;

  ErrorHandler(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    boolean debug = parsed.hasMatchedOption("--debug") || hasDebug(parsed);
    if (debug) {
      e.printStackTrace(cmd.getErr());
    }
    Optional<Error> error = RuntimeFailure.in(e);
    if (error.isPresent() && !invocation.ownProcess()) {
      throw error.get(); // the daemon decides (DaemonService): the client may run the line itself
    }
    if (error.isPresent()) {
      cmd.getErr().println(RuntimeFailure.describe(error.get()));
    } else {
      String message =
          e instanceof UserError || e instanceof OutputFailure
              ? e.getMessage()
              : "internal error: " + e;
      cmd.getErr().println("ssot: " + message);
    }
    cmd.getErr().flush();
    return error.isPresent()
        ? ExitCodes.RUNTIME_FAILED
        : e instanceof OutputFailure ? ExitCodes.OUTPUT_FAILED : ExitCodes.USAGE_OR_POLICY_ERROR;
  }

  private static boolean hasDebug(ParseResult parsed) {
    return parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--debug");
  }
}
