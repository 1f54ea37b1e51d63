package dev.ssotgardener.nativelib;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads one file and probes its bytes in one JNI call ({@code src/main/c/ssot_files.c}): for an
 * audit that reads most files only to learn that nothing in them needs decoding, this is the read
 * and the probes without a Java object or a copy per file. The probes answer as their Java
 * counterparts do (the caller's fallback): {@link #UTF16} a UTF-16 byte order mark, {@link #NUL} a
 * NUL byte in the first 8 KiB, {@link #MARKER} a line that may be a conflict marker ({@code
 * ConflictScanner.mayHaveMarker}), {@link #NEEDLE} the given bytes anywhere.
 */
public final class NativeFileProbe {
  public static final int UTF16 = 1;
  public static final int NUL = 2;
  public static final int MARKER = 4;
  public static final int NEEDLE = 8;

  private static final NativeFileProbe INSTANCE = new NativeFileProbe();
  private static final byte[] NO_NEEDLE = new byte[0];

  private NativeFileProbe() {}

  /** The probe, if our native library is loaded. */
  public static Optional<NativeFileProbe> load() {
    return NativeLibrary.load() ? Optional.of(INSTANCE) : Optional.empty();
  }

  /**
   * The probe bits of {@code file}, read whole ({@code listedSize} is a hint); {@code needle} may
   * be null. Empty when the file could not be read here (an error, or a name this JVM cannot hand
   * over byte for byte): the caller reads it in Java, which reports the error in its words.
   */
  public OptionalInt probe(Path file, long listedSize, byte[] needle) {
    byte[] name = FileNames.bytesOf(file);
    if (name == null) {
      return OptionalInt.empty();
    }
    int bits = probe(name, listedSize, needle == null ? NO_NEEDLE : needle);
    return bits < 0 ? OptionalInt.empty() : OptionalInt.of(bits);
  }

  private static native int probe(byte[] path, long listedSize, byte[] needle);
}
