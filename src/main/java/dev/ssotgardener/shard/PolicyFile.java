package dev.ssotgardener.shard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The policy a shard was audited with, carried whole so the merge judges with the same one.
 *
 * @param name the file as the shard's command line found it ({@code ssot.yml}), as messages name it
 * @param bytes its content
 */
public record PolicyFile(String name, byte[] bytes) {
  public PolicyFile {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** A SHA-256 of the name and content: parts judged with different policies never merge. */
  public String digest() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(name.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(bytes);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
