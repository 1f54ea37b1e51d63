package dev.ssotgardener.cli;

/** A problem the user can fix (bad path, bad policy): printed as one line, exit code 2. */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserError(String message) {
    super(message);
  }

  UserError(String message, Throwable cause) {
    super(message, cause);
  }
}
