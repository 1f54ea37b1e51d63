package dev.ssotgardener.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a file's facts are a function of.
 *
 * @param path repo-relative, {@code /}-separated
 * @param contentId a hash of the file's bytes (a git blob id, or a content hash on disk)
 * @param context what the front end adds to path and content, e.g. the Python module name
 */
public record FactsKey(String path, String contentId, String context) {
  /** A SHA-256 of the key's parts, for stores that key by one string (files on disk). */
  public String digest() {
    return sha256(path, contentId, context);
  }

  /** The content id of a text without a better one (a blob id): its SHA-256. */
  public static String contentIdOf(String text) {
    return sha256(text);
  }

  private static String sha256(String... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part : parts) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
