package dev.ssotgardener.lang.oracle;

/**
 * One fact about a source file, as text both sides print the same way.
 *
 * @param line the 1-based line the fact is about (0 for a whole-file fact)
 * @param kind what sort of fact: {@code import}, {@code class}, {@code call}…
 * @param text the fact itself, column first where the column matters
 */
record Fact(int line, String kind, String text) implements Comparable<Fact> {
  @Override
  public int compareTo(Fact other) {
    int byLine = Integer.compare(line, other.line);
    if (byLine != 0) {
      return byLine;
    }
    int byKind = kind.compareTo(other.kind);
    return byKind != 0 ? byKind : text.compareTo(other.text);
  }

  @Override
  public String toString() {
    return "line " + line + " " + kind + ": " + text;
  }
}
