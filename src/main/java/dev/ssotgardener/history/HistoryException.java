package dev.ssotgardener.history;

/** A problem with the repository a user named: not a git repository, an unknown revision. */
public final class HistoryException extends Exception {
  private static final long serialVersionUID = 1L;

  public HistoryException(String message) {
    super(message);
  }

  public HistoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
