package dev.ssotgardener.lang;

import dev.ssotgardener.facts.Suppression;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code ssot: ignore[id, ...] reason} from one comment, whatever the comment prefix ({@code
 * #} or {@code //}). An {@code ssot: ignore} without brackets is kept with no ids so that it can be
 * reported as invalid rather than silently ignored.
 */
public final class Suppressions {
  private static final Pattern SUPPRESSION =
      Pattern.compile(
          "^(?:#+|//+)\\s*ssot:\\s*ignore(?:\\[([^\\]]*)\\]|(?=\\s|$))(.*)$", Pattern.DOTALL);

  /**
   * The suppression in the comment at {@code [start, end)} of the text, if the comment is one.
   *
   * @param lines the whole text, to tell whether the comment is alone on its line
   */
  public Optional<Suppression> parse(LineMap lines, int start, int end) {
    Matcher matcher = SUPPRESSION.matcher(lines.text().substring(start, end).strip());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    List<String> ids =
        matcher.group(1) == null
            ? List.of()
            : Arrays.stream(matcher.group(1).split(","))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .toList();
    int line = lines.line(start);
    boolean ownLine = lines.text().substring(lines.lineStart(line), start).isBlank();
    return Optional.of(
        new Suppression(ids, matcher.group(2).strip(), ownLine, lines.span(start, end)));
  }
}
