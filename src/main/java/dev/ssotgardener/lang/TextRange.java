package dev.ssotgardener.lang;

/** A node's char offsets {@code [start, end)} in the parsed text. */
public record TextRange(int start, int end) {
  public boolean contains(TextRange other) {
    return start <= other.start && other.end <= end;
  }

  public String of(String text) {
    return text.substring(start, end);
  }
}
