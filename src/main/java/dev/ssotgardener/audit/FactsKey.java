package dev.ssotgardener.audit;

import com.dynatrace.hash4j.hashing.HashValue128;
import com.dynatrace.hash4j.hashing.Hasher128;
import com.dynatrace.hash4j.hashing.Hashing;
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
  private static final Hasher128 CONTENT = Hashing.xxh3_128();
  private static final HexFormat HEX = HexFormat.of();

  /** A SHA-256 of the key's parts, for stores that key by one string (files on disk). */
  public String digest() {
    return sha256(path, contentId, context);
  }

  /**
   * The content id of a text without a better one (a blob id): the XXH3 128-bit hash of its UTF-8
   * bytes. Not SHA-256: every file a cold audit reads is hashed, and the launcher's quick JIT has
   * no SHA intrinsic (150 MB/s, a tenth of a cold audit's Java time; XXH3 runs at ~5 GB/s there).
   * Ids only key this tool's facts together with the path, so accidental collisions are what
   * matters, and 128 bits make those negligible.
   */
  public static String contentIdOf(String text) {
    HashValue128 hash = CONTENT.hashBytesTo128Bits(text.getBytes(StandardCharsets.UTF_8));
    return HEX.toHexDigits(hash.getMostSignificantBits())
        + HEX.toHexDigits(hash.getLeastSignificantBits());
  }

  private static String sha256(String... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part : parts) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HEX.formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
