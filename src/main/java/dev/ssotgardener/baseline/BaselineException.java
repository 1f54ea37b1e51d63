package dev.ssotgardener.baseline;

/** A baseline file that cannot be read: names the file, and the line and column when known. */
public final class BaselineException extends Exception {
  private static final long serialVersionUID = 1L;

  public BaselineException(String message, Throwable cause) {
    super(message, cause);
  }
}
