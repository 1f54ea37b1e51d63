package dev.ssotgardener.lang;

/** Dotted names as both languages write them: identifiers joined by single dots. */
public final class DottedNames {
  private DottedNames() {}

  /**
   * Whether {@code dotted} (comments and whitespace already removed) is identifiers joined by dots
   * and nothing else; {@code dollarIsLetter} for Java, where {@code $} may appear in names.
   */
  public static boolean isDottedName(String dotted, boolean dollarIsLetter) {
    boolean expectStart = true;
    for (int i = 0; i < dotted.length(); i++) {
      char c = dotted.charAt(i);
      if (c == '.') {
        if (expectStart) {
          return false;
        }
        expectStart = true;
      } else if ((c != '$' || dollarIsLetter)
          && (expectStart ? Character.isJavaIdentifierStart(c) : isIdentifierPart(c))) {
        expectStart = false;
      } else {
        return false;
      }
    }
    return !expectStart;
  }

  /** A character that may continue an identifier (Java's rule, without ignorable controls). */
  public static boolean isIdentifierPart(char c) {
    return Character.isJavaIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
  }
}
