package dev.ssotgardener.policy;

/**
 * A policy file that cannot be used. {@link #getMessage()} is one line, {@code
 * <file>:<line>:<column>: <problem>}, or {@code <file>: <problem>} when no position applies.
 */
public final class PolicyException extends Exception {
  private final String file;
  private final int line;
  private final int column;
  private final String problem;

  PolicyException(String file, int line, int column, String problem) {
    super(line > 0 ? file + ":" + line + ":" + column + ": " + problem : file + ": " + problem);
    this.file = file;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /** The policy file's path as the caller gave it. */
  public String file() {
    return file;
  }

  /** 1-based line of the offending key or value; 0 when the problem is the whole file. */
  public int line() {
    return line;
  }

  /** 1-based column of the offending key or value; 0 when the problem is the whole file. */
  public int column() {
    return column;
  }

  /** The problem without the position, starting with the key path when there is one. */
  public String problem() {
    return problem;
  }
}
