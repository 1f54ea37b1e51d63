package dev.ssotgardener.lang;

import dev.ssotgardener.facts.Span;
import dev.ssotgardener.facts.Suppression;
import dev.ssotgardener.facts.Suppression.Origin;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the suppressions in one comment, whatever the comment prefix ({@code #} or {@code //}): our
 * {@code ssot: ignore[id, ...] reason}, and the markers of other tools a policy may honor (Ruff's
 * and flake8's {@code # noqa[: CODE, ...]}, Checkstyle's {@code CHECKSTYLE:OFF} / {@code
 * CHECKSTYLE:ON}). A trailing comment often holds several tools' comments one after the other
 * ({@code # noqa: TID251 # ssot: ignore[x] why}), so each is looked for wherever a comment of its
 * own starts. An {@code ssot: ignore} without brackets is kept with no ids so that it can be
 * reported as invalid rather than silently ignored.
 */
public final class Suppressions {
  /** A comment of its own: at the start of the comment, or a new prefix after a blank. */
  private static final String COMMENT_START = "(?:^|(?<=\\s))(?:#+|//+)\\s*";

  private static final Pattern SSOT =
      Pattern.compile(
          COMMENT_START + "ssot:\\s*ignore(?:\\[([^\\]]*)\\]|(?=\\s|$))(.*)$", Pattern.DOTALL);

  /** Ruff's own reading of a noqa: codes are a letter prefix and digits. */
  private static final Pattern NOQA =
      Pattern.compile(
          "(?:^|(?<=\\s))#+\\s*(?i:noqa)(?::\\s*([A-Z]+[0-9]+(?:[,\\s]+[A-Z]+[0-9]+)*))?");

  /** SuppressionCommentFilter's default formats, found anywhere in a comment as it finds them. */
  private static final Pattern CHECKSTYLE = Pattern.compile("CHECKSTYLE:(OFF|ON)");

  /** The suppressions in all of a file's comments, in line order. */
  public List<Suppression> inComments(List<TextRange> comments, LineMap lines) {
    List<Suppression> out = new ArrayList<>();
    String text = lines.text();
    for (TextRange comment : comments) {
      // Most comments hold none: skip the three patterns, the copies and the line lookups.
      if (mayHoldOne(text, comment.start(), comment.end())) {
        out.addAll(parse(lines, comment.start(), comment.end()));
      }
    }
    out.sort(Comparator.comparingInt((Suppression s) -> s.span().startLine()));
    return out;
  }

  /**
   * The suppressions in the comment at {@code [start, end)} of the text, at most one per tool.
   *
   * @param lines the whole text, to tell whether the comment is alone on its line
   */
  public List<Suppression> parse(LineMap lines, int start, int end) {
    String comment = lines.text().substring(start, end).strip();
    int line = lines.line(start);
    boolean ownLine = lines.text().substring(lines.lineStart(line), start).isBlank();
    Span span = lines.span(start, end);
    List<Suppression> found = new ArrayList<>();
    Matcher noqa = NOQA.matcher(comment);
    if (noqa.find()) {
      found.add(new Suppression(words(noqa.group(1), "[,\\s]+"), "", ownLine, span, Origin.NOQA));
    }
    Matcher checkstyle = CHECKSTYLE.matcher(comment);
    if (checkstyle.find()) {
      Origin origin =
          checkstyle.group(1).equals("OFF") ? Origin.CHECKSTYLE_OFF : Origin.CHECKSTYLE_ON;
      found.add(new Suppression(List.of(), "", ownLine, span, origin));
    }
    Matcher ssot = SSOT.matcher(comment);
    if (ssot.find()) {
      found.add(new Suppression(words(ssot.group(1), ","), ssot.group(2).strip(), ownLine, span));
    }
    return found;
  }

  /** Whether {@code text[start, end)} holds a word each pattern above needs. */
  private static boolean mayHoldOne(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      switch (text.charAt(i)) {
        case 's' -> {
          if (text.startsWith("ssot:", i)) {
            return true;
          }
        }
        case 'C' -> {
          if (text.startsWith("CHECKSTYLE:", i)) {
            return true;
          }
        }
        case 'n', 'N' -> {
          if (text.regionMatches(true, i, "noqa", 0, 4)) {
            return true;
          }
        }
        default -> {}
      }
    }
    return false;
  }

  private static List<String> words(String list, String separator) {
    return list == null
        ? List.of()
        : Arrays.stream(list.split(separator))
            .map(String::strip)
            .filter(w -> !w.isEmpty())
            .toList();
  }
}
