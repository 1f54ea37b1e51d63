package dev.ssotgardener.nativelib;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * File names handed between the JDK and our library byte for byte. The JDK encodes and decodes them
 * in the system's file name charset; only where that is UTF-8 (or a name is ASCII) do our bytes and
 * the JDK's agree. A name that would not round-trip is refused, and the caller falls back to the
 * JDK's own file API.
 */
final class FileNames {
  /** How the JDK writes file names for the system. */
  private static final boolean UTF8_NAMES =
      Optional.ofNullable(System.getProperty("sun.jnu.encoding"))
          .filter(Charset::isSupported)
          .map(Charset::forName)
          .orElse(Charset.defaultCharset())
          .equals(StandardCharsets.UTF_8);

  private FileNames() {}

  /** The bytes of {@code file}'s name as the system sees them, or null if not surely those. */
  static byte[] bytesOf(Path file) {
    String name = file.toString();
    // A name the JDK decoded with a replacement character, or one it would encode in another
    // charset than the system's, could name a different file in bytes.
    if (!isAscii(name) && (!UTF8_NAMES || name.indexOf('\uFFFD') >= 0)) {
      return null;
    }
    return name.getBytes(StandardCharsets.UTF_8);
  }

  /** The name {@code bytes[offset, offset + length)} as the JDK would decode it, or null. */
  static String nameOf(byte[] bytes, int offset, int length) {
    boolean ascii = true;
    for (int i = offset; i < offset + length && ascii; i++) {
      ascii = bytes[i] >= 0;
    }
    if (ascii) {
      return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }
    if (!UTF8_NAMES) {
      return null;
    }
    String name = new String(bytes, offset, length, StandardCharsets.UTF_8);
    return name.indexOf('\uFFFD') >= 0 ? null : name;
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
