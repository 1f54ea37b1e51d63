package dev.ssotgardener.nativelib;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Loads {@code libssotts.so} for this platform from the jar, once per JVM. Absent (no C compiler at
 * build time, another platform) or turned off, {@link #load()} is false and callers fall back to
 * Java.
 */
public final class NativeLibrary {
  /** Set to {@code false} to run without the library: the bundled tree-sitter natives and Java. */
  public static final String ENABLED_PROPERTY = "ssot.native";

  private static final String LIBRARY = "libssotts.so";
  private static Boolean loaded;

  private NativeLibrary() {}

  /** Whether the library is loaded, loading it on the first call. */
  public static synchronized boolean load() {
    if (loaded == null) {
      loaded = !"false".equals(System.getProperty(ENABLED_PROPERTY)) && extractAndLoad();
    }
    return loaded;
  }

  private static boolean extractAndLoad() {
    String resource = "/dev/ssotgardener/native/" + platform() + "/" + LIBRARY;
    try (InputStream in = NativeLibrary.class.getResourceAsStream(resource)) {
      if (in == null) {
        return false;
      }
      System.load(extract(in.readAllBytes()).toString());
      return true;
    } catch (IOException | UnsatisfiedLinkError | SecurityException e) {
      return false;
    }
  }

  private static String platform() {
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    return (os.contains("linux") ? "linux" : os)
        + "-"
        + (arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch);
  }

  /** Writes the library once per content to the temp directory (temp file + atomic rename). */
  private static Path extract(byte[] library) throws IOException {
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "ssot-native-" + sha256(library));
    Path target = dir.resolve(LIBRARY);
    if (Files.isRegularFile(target) && Files.size(target) == library.length) {
      return target;
    }
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "lib", ".tmp");
    try {
      Files.write(temp, library);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    return target;
  }

  private static String sha256(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
