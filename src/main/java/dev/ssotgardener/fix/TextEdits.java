package dev.ssotgardener.fix;

import dev.ssotgardener.facts.Span;
import dev.ssotgardener.finding.TextEdit;
import dev.ssotgardener.lang.LineMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Applies text edits to a file's text. Line breaks in replacements are written with the file's own
 * line ending, and a deletion that leaves its line blank removes the line.
 */
final class TextEdits {
  private TextEdits() {}

  /** Thrown when two edits touch the same text: they cannot be applied together. */
  static final class OverlapException extends Exception {
    private static final long serialVersionUID = 1L;

    OverlapException(String message) {
      super(message);
    }
  }

  static String apply(String text, List<TextEdit> edits) throws OverlapException {
    LineMap lines = new LineMap(text);
    String eol = lineEnding(text);
    List<Resolved> resolved = new ArrayList<>();
    for (TextEdit edit : new LinkedHashSet<>(edits)) {
      int start = offset(lines, edit.span().startLine(), edit.span().startColumn());
      int end = offset(lines, edit.span().endLine(), edit.span().endColumn());
      String replacement = edit.replacement().replace("\r\n", "\n").replace("\n", eol);
      if (replacement.isEmpty() && start < end) {
        int lineStart = lines.lineStart(lines.line(start));
        int last = lines.line(end == start ? end : end - 1);
        int lineEnd = lines.lineEnd(last);
        if (end <= lineEnd
            && text.substring(lineStart, start).isBlank()
            && text.substring(end, lineEnd).isBlank()) {
          start = lineStart;
          end = lines.lineEndWithTerminator(last);
        }
      }
      resolved.add(new Resolved(start, end, replacement));
    }
    // Two fixes of one file often insert at the same place (each its own import line): such
    // insertions compose, in the order of their text so a run is deterministic, and an identical
    // one is written once. Only edits that change the same text cannot be applied together.
    resolved =
        new ArrayList<>(
            resolved.stream()
                .distinct()
                .sorted(
                    Comparator.comparingInt(Resolved::start)
                        .thenComparingInt(Resolved::end)
                        .thenComparing(Resolved::replacement))
                .toList());
    for (int i = 1; i < resolved.size(); i++) {
      if (resolved.get(i).start() < resolved.get(i - 1).end()) {
        throw new OverlapException("two edits change the same text");
      }
    }
    StringBuilder out = new StringBuilder(text);
    for (int i = resolved.size() - 1; i >= 0; i--) {
      Resolved r = resolved.get(i);
      out.replace(r.start(), r.end(), r.replacement());
    }
    return out.toString();
  }

  /** The file's line ending: CRLF or CR when it uses them, else LF. */
  static String lineEnding(String text) {
    int lf = text.indexOf('\n');
    if (lf > 0 && text.charAt(lf - 1) == '\r') {
      return "\r\n";
    }
    return lf < 0 && text.indexOf('\r') >= 0 ? "\r" : "\n";
  }

  /** A 1-based line and UTF-16 column as an offset; past the last line is the end of the text. */
  private static int offset(LineMap lines, int line, int column) {
    if (line > lines.lineCount()) {
      return lines.text().length();
    }
    return Math.min(lines.lineStart(line) + column - 1, lines.lineEndWithTerminator(line));
  }

  static Span whole(int startLine, int endLine) {
    return new Span(startLine, 1, endLine + 1, 1);
  }

  private record Resolved(int start, int end, String replacement) {}
}
