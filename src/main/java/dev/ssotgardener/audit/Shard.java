package dev.ssotgardener.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of {@code count} disjoint parts of an audit's files, {@code index} counting from 1. A file
 * belongs to the part its path picks: the first eight bytes of the SHA-256 of the path (as the
 * report shows it, {@code /}-separated, UTF-8) modulo {@code count}, so every machine, operating
 * system and locale splits a tree alike.
 */
public record Shard(int index, int count) {
  /** The whole audit, in one part. */
  public static final Shard ALL = new Shard(1, 1);

  private static final Pattern FORM = Pattern.compile("([0-9]{1,6})/([0-9]{1,6})");

  public Shard {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException(
          "shard " + index + "/" + count + " is not of the form I/N with 1 <= I <= N");
    }
  }

  /**
   * {@code I/N}, as the command line writes it.
   *
   * @throws IllegalArgumentException naming the text, if it is not {@code I/N} with 1 ≤ I ≤ N
   */
  public static Shard parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a shard of the form I/N with 1 <= I <= N, e.g. 2/4");
    }
    return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** Whether the file at {@code path} belongs to this part. */
  public boolean holds(String path) {
    return count == 1 || Long.remainderUnsigned(hash(path), count) == index - 1;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }

  private static long hash(String path) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
      long value = 0;
      for (int i = 0; i < Long.BYTES; i++) {
        value = (value << 8) | (digest[i] & 0xFF);
      }
      return value;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
