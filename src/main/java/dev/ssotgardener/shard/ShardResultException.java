package dev.ssotgardener.shard;

/** Shard results that cannot be merged: one line naming the file and the problem. */
public final class ShardResultException extends Exception {
  private static final long serialVersionUID = 1L;

  public ShardResultException(String message) {
    super(message);
  }
}
