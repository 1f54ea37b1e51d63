package dev.ssotgardener.facts;

/** A source range; lines and columns start at 1, columns count UTF-16 code units, end exclusive. */
public record Span(int startLine, int startColumn, int endLine, int endColumn) {
  public Span {
    if (startLine < 1 || startColumn < 1 || endLine < startLine) {
      throw new IllegalArgumentException(
          "bad span " + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn);
    }
  }

  /** A span covering the whole of one line of the given length. */
  public static Span ofLine(int line, int length) {
    return new Span(line, 1, line, length + 1);
  }
}
