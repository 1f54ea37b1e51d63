package dev.ssotgardener.lang.python;

/** A node's char offsets {@code [start, end)} in the parsed text. */
record Range(int start, int end) {
  boolean contains(Range other) {
    return start <= other.start && other.end <= end;
  }

  String of(String text) {
    return text.substring(start, end);
  }
}
