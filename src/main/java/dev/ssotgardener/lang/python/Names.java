package dev.ssotgardener.lang.python;

import dev.ssotgardener.lang.DottedNames;
import dev.ssotgardener.lang.TextRange;
import java.util.Map;

/**
 * Resolves a dotted name as written in one file to a qualified name, through what its head is bound
 * to there.
 */
final class Names {
  private final Map<String, String> bindings;
  private final NameSet bound;

  /**
   * @param bindings local name to qualified name: imports, then the file's own module-level classes
   *     and functions
   */
  Names(Map<String, String> bindings) {
    this.bindings = Map.copyOf(bindings);
    this.bound = new NameSet(this.bindings.keySet());
  }

  /** {@code text} with blanks, line continuations and comments between its parts removed. */
  static String normalize(String dotted) {
    StringBuilder out = new StringBuilder(dotted.length());
    for (int i = 0; i < dotted.length(); i++) {
      char c = dotted.charAt(i);
      if (c == '#') {
        while (i < dotted.length() && dotted.charAt(i) != '\n') {
          i++;
        }
      } else if (!Character.isWhitespace(c) && c != '\\') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether normalized {@code dotted} is identifiers joined by dots and nothing else. */
  static boolean isDottedName(String dotted) {
    return DottedNames.isDottedName(dotted, false);
  }

  static String head(String dotted) {
    int dot = dotted.indexOf('.');
    return dot < 0 ? dotted : dotted.substring(0, dot);
  }

  /** Whether the identifier {@code id} of {@code text} is bound to a qualified name. */
  boolean binds(String text, TextRange id) {
    return bound.contains(text, id.start(), id.end());
  }

  /** The qualified name of normalized {@code dotted}, or null when its head is bound to nothing. */
  String resolve(String dotted) {
    return resolve(bindings, dotted);
  }

  /** {@link #resolve} against bindings still being built (a copy per question cost O(n²)). */
  static String resolve(Map<String, String> bindings, String dotted) {
    String head = head(dotted);
    String bound = bindings.get(head);
    return bound == null ? null : bound + dotted.substring(head.length());
  }
}
