package dev.ssotgardener.finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Finding identity that survives edits elsewhere in the file and moves of the offending line: a
 * hash of the truth, the path, the whitespace-normalised offending line and its ordinal among equal
 * lines of that truth in that file. Line numbers are deliberately not part of it.
 */
public final class Fingerprint {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private Fingerprint() {}

  /** The snippet as identity sees it: indentation and runs of whitespace do not count. */
  public static String normalize(String snippet) {
    return WHITESPACE.matcher(snippet.strip()).replaceAll(" ");
  }

  public static String of(String truth, String path, String snippet, int ordinal) {
    String key = truth + '\0' + path + '\0' + normalize(snippet) + '\0' + ordinal;
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
