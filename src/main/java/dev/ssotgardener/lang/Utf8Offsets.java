package dev.ssotgardener.lang;

import java.util.Arrays;

/**
 * Maps the UTF-8 byte offsets tree-sitter reports back to Java char offsets. The bonede binding
 * parses a Java string as UTF-8 whatever input encoding is asked for, so columns are converted
 * here.
 */
public final class Utf8Offsets {
  /** The offsets of a text that is all ASCII: a byte offset is its char offset. */
  public static final Utf8Offsets ASCII = new Utf8Offsets(null);

  private final int[] byteOfChar;

  private Utf8Offsets(int[] byteOfChar) {
    this.byteOfChar = byteOfChar;
  }

  /** Text that encodes to UTF-8 one way only: lone surrogates become U+FFFD, same length. */
  public static String parsable(String text) {
    int first = 0;
    while (first < text.length() && text.charAt(first) < Character.MIN_SURROGATE) {
      first++; // one test per char until a surrogate, if any (most texts have none)
    }
    StringBuilder out = null;
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pairStart =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      if (pairStart) {
        i++;
      } else if (Character.isSurrogate(c)) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, '\uFFFD');
      }
    }
    return out == null ? text : out.toString();
  }

  public static Utf8Offsets of(String text) {
    int first = 0;
    while (first < text.length() && text.charAt(first) < 0x80) {
      first++;
    }
    if (first == text.length()) {
      return ASCII;
    }
    int[] bytes = new int[text.length() + 1];
    int at = 0;
    for (int i = 0; i < text.length(); i++) {
      bytes[i] = at;
      char c = text.charAt(i);
      if (c < 0x80) {
        at += 1;
      } else if (c < 0x800) {
        at += 2;
      } else if (Character.isHighSurrogate(c)) {
        // no node starts inside a pair; a midpoint keeps the table strictly increasing
        bytes[++i] = at + 2;
        at += 4;
      } else {
        at += 3;
      }
    }
    bytes[text.length()] = at;
    return new Utf8Offsets(bytes);
  }

  public int charOffset(int byteOffset) {
    if (byteOfChar == null) {
      return byteOffset;
    }
    int found = Arrays.binarySearch(byteOfChar, byteOffset);
    return found >= 0 ? found : -found - 2;
  }
}
