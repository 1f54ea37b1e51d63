package dev.ssotgardener.publish;

import dev.ssotgardener.policy.kinds.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes Markdown that carries text from the repository (paths, test output, conflict labels, commit
 * subjects) inert where GitHub renders it: outside code, that text cannot mention a user or a team,
 * refer to an issue (which a {@code Fixes} in it would close), link, embed an image or HTML, or
 * open a code span that swallows what follows. Code spans and fenced blocks are found as CommonMark
 * finds them and left as written: nothing renders inside them.
 *
 * <p>What the garden writes itself survives: headings, lists, task boxes, tables, bold text, code.
 */
final class InertMarkdown {
  /** A fence that opens at the left margin; one indented inside a list is treated as text. */
  private static final Pattern FENCE = Pattern.compile("^(`{3,}|~{3,})(.*)$");

  /** Text GitHub turns into a notification or a link: mentions, e-mails, URLs, issue refs. */
  private static final Pattern ACTIVE =
      Pattern.compile("\\S*(?:@|://|(?i:www\\.)|#\\d|(?i:gh-\\d))\\S*");

  private static final Pattern TASK = Pattern.compile("^(\\s*[-*+] \\[[ xX]\\] )");

  private InertMarkdown() {}

  /**
   * The document made inert; a line equal to one of {@code trusted} (the garden's own {@code Fixes
   * #N}) is kept as it is.
   */
  static String of(String markdown, Set<String> trusted) {
    StringBuilder out = new StringBuilder();
    String fence = null;
    for (String line : markdown.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      if (fence != null) {
        out.append(line);
        if (closes(line, fence)) {
          fence = null;
        }
        continue;
      }
      Matcher opening = FENCE.matcher(line);
      if (opening.matches()
          && !(opening.group(1).startsWith("`") && opening.group(2).contains("`"))) {
        fence = opening.group(1);
        out.append(line);
      } else if (trusted.contains(line)) {
        out.append(line);
      } else {
        out.append(line(line));
      }
    }
    return out.toString();
  }

  private static boolean closes(String line, String fence) {
    String stripped = line.strip();
    int indent = line.indexOf(stripped.isEmpty() ? " " : stripped);
    return indent <= 3
        && stripped.length() >= fence.length()
        && stripped.chars().allMatch(c -> c == fence.charAt(0));
  }

  /**
   * One line outside a fence. GitHub splits a table row at every unescaped {@code |} before it
   * reads code spans, so each cell is read on its own; an unmatched backtick is escaped, so no code
   * span reaches across lines and this line-by-line reading is the renderer's.
   */
  private static String line(String line) {
    Matcher task = TASK.matcher(line);
    String head = task.find() ? task.group(1) : "";
    List<String> cells = new ArrayList<>();
    int start = head.length();
    for (int i = start; i < line.length(); i++) {
      if (line.charAt(i) == '\\') {
        i++;
      } else if (line.charAt(i) == '|') {
        cells.add(line.substring(start, i));
        start = i + 1;
      }
    }
    cells.add(line.substring(start));
    List<String> inert = new ArrayList<>();
    cells.forEach(cell -> inert.add(cell(cell)));
    return head + String.join("|", inert);
  }

  /** Code spans as they are; the text between them made inert. */
  private static String cell(String s) {
    StringBuilder out = new StringBuilder();
    StringBuilder text = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length() && isPunctuation(s.charAt(i + 1))) {
        text.append(c).append(s.charAt(i + 1));
        i += 2;
      } else if (c == '`') {
        int run = runLength(s, i);
        int close = closing(s, i + run, run);
        if (close < 0) {
          text.append("`".repeat(run)); // literal: escaped below
          i += run;
        } else {
          out.append(text(text.toString(), out.length() > 0, true));
          text.setLength(0);
          out.append(s, i, close + run);
          i = close + run;
        }
      } else {
        text.append(c);
        i++;
      }
    }
    return out.append(text(text.toString(), out.length() > 0, false)).toString();
  }

  /** Where a run of exactly {@code run} backticks starts after {@code from}; -1 when none. */
  private static int closing(String s, int from, int run) {
    for (int i = from; i < s.length(); ) {
      if (s.charAt(i) == '`') {
        int length = runLength(s, i);
        if (length == run) {
          return i;
        }
        i += length;
      } else {
        i++;
      }
    }
    return -1;
  }

  private static int runLength(String s, int i) {
    int j = i;
    while (j < s.length() && s.charAt(j) == '`') {
      j++;
    }
    return j - i;
  }

  /**
   * Text outside code: mentions, URLs and references become code spans (set apart from a code span
   * beside them), and every character Markdown or HTML would act on is escaped.
   */
  private static String text(String s, boolean codeBefore, boolean codeAfter) {
    StringBuilder out = new StringBuilder();
    Matcher active = ACTIVE.matcher(s);
    int at = 0;
    while (active.find()) {
      out.append(escape(s.substring(at, active.start())));
      boolean first = active.start() == 0 && codeBefore;
      boolean last = active.end() == s.length() && codeAfter;
      out.append(first ? " " : "").append(Words.code(active.group())).append(last ? " " : "");
      at = active.end();
    }
    return out.append(escape(s.substring(at))).toString();
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '`' -> out.append("\\`");
        case '[' -> out.append("\\[");
        case ']' -> out.append("\\]");
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '|' -> out.append("\\|");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isPunctuation(char c) {
    return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
  }
}
