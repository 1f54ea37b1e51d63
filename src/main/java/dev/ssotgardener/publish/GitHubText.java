package dev.ssotgardener.publish;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bodies within GitHub's limit: an issue, comment or pull request body longer than 65,536
 * characters is refused (422), and a tracker of a large repository can reach that. The middle is
 * cut at a line boundary, so the markers at the head and tail stay, a fence left open is closed and
 * the cut says where the whole text is.
 */
final class GitHubText {
  /** GitHub's limit, in characters; {@code String.length()} never counts fewer. */
  static final int LIMIT = 65_536;

  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

  private GitHubText() {}

  /**
   * {@code head + text + tail} when it fits, else as much of {@code text}'s leading lines as fits
   * with a closing fence if one is open and a line saying how many lines were left out and where
   * they are ({@code whole}).
   */
  static String fit(String head, String text, String tail, String whole) {
    if (head.length() + text.length() + tail.length() <= LIMIT) {
      return head + text + tail;
    }
    List<String> lines = text.lines().toList();
    StringBuilder kept = new StringBuilder(head);
    Optional<String> open = Optional.empty();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Optional<String> openAfter = fenceAfter(open, line);
      // room for this line and, should the next not fit, the cut after it
      if (kept.length()
              + line.length()
              + 1
              + cut(openAfter, lines.size() - i - 1, whole).length()
              + tail.length()
          > LIMIT) {
        return kept + cut(open, lines.size() - i, whole) + tail;
      }
      kept.append(line).append('\n');
      open = openAfter;
    }
    return kept + tail;
  }

  private static String cut(Optional<String> openFence, int left, String whole) {
    return openFence.map(f -> f + "\n").orElse("") + "\n… " + left + " more lines: " + whole + "\n";
  }

  /** The fence open after {@code line}: one opens, its own kind and length or longer closes it. */
  private static Optional<String> fenceAfter(Optional<String> open, String line) {
    Matcher m = FENCE.matcher(line);
    if (!m.find()) {
      return open;
    }
    String fence = m.group(1);
    if (open.isEmpty()) {
      return Optional.of(fence);
    }
    boolean closes =
        fence.charAt(0) == open.get().charAt(0)
            && fence.length() >= open.get().length()
            && line.strip().equals(fence);
    return closes ? Optional.empty() : open;
  }
}
