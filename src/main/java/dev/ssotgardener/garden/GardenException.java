package dev.ssotgardener.garden;

/** A run that cannot start (dirty work tree, existing branch, unknown issue): one line. */
public final class GardenException extends Exception {
  private static final long serialVersionUID = 1L;

  GardenException(String message) {
    super(message);
  }
}
