package dev.ssotgardener.lang;

import dev.ssotgardener.facts.Span;
import java.util.Arrays;

/**
 * Line starts of one text, to turn char offsets into 1-based lines and UTF-16 columns. A line ends
 * at {@code \n}, {@code \r\n} or a lone {@code \r}, as editors and Python's universal newlines do.
 */
public final class LineMap {
  private final String text;
  private final int[] starts;

  public LineMap(String text) {
    this.text = text;
    int[] found = new int[16];
    int count = 1;
    // String.indexOf runs over the text's bytes, a charAt loop a call per char: with no '\r' (most
    // files) every line ends at a '\n'
    boolean carriageReturns = text.indexOf('\r') >= 0;
    int i = carriageReturns ? 0 : text.indexOf('\n');
    while (i >= 0 && i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = i + 1;
      }
      i = carriageReturns ? i + 1 : text.indexOf('\n', i + 1);
    }
    this.starts = Arrays.copyOf(found, count);
  }

  public String text() {
    return text;
  }

  /** The number of lines; a final line terminator starts one more, empty line. */
  public int lineCount() {
    return starts.length;
  }

  /** The 1-based line holding {@code offset} (an offset at a terminator belongs to its line). */
  public int line(int offset) {
    int found = Arrays.binarySearch(starts, offset);
    return found >= 0 ? found + 1 : -found - 1;
  }

  /** The 1-based UTF-16 column of {@code offset}. */
  public int column(int offset) {
    return offset - starts[line(offset) - 1] + 1;
  }

  /** The span of chars {@code [start, end)}. */
  public Span span(int start, int end) {
    return new Span(line(start), column(start), line(end), column(end));
  }

  /** Offset of the first char of 1-based {@code line}. */
  public int lineStart(int line) {
    return starts[line - 1];
  }

  /** Offset just past the last char of {@code line}, before its terminator. */
  public int lineEnd(int line) {
    int end = lineEndWithTerminator(line);
    if (end > starts[line - 1] && text.charAt(end - 1) == '\n') {
      end--;
    }
    if (end > starts[line - 1] && text.charAt(end - 1) == '\r') {
      end--;
    }
    return end;
  }

  /** Offset just past the terminator of {@code line} (the text length for the last line). */
  public int lineEndWithTerminator(int line) {
    return line < starts.length ? starts[line] : text.length();
  }

  /** The text of 1-based {@code line} without its terminator. */
  public String lineText(int line) {
    return text.substring(lineStart(line), lineEnd(line));
  }
}
