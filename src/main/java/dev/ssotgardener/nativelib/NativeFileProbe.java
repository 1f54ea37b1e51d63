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
 * ConflictScanner.mayHaveMarker}), {@link #NEEDLE} the given bytes anywhere, {@link #ASCII} no byte
 * above 0x7F. {@link #read} also hands the bytes over, for a file that is decoded.
 */
public final class NativeFileProbe {
  public static final int UTF16 = 1;
  public static final int NUL = 2;
  public static final int MARKER = 4;
  public static final int NEEDLE = 8;

  /** No byte of the file is above 0x7F. */
  public static final int ASCII = 16;

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

  /**
   * Reads {@code file} whole into {@code buffer} with its probe bits ({@link #NEEDLE} aside). A
   * file longer than the buffer (it grew since it was listed) is not copied: its length says so.
   * Empty when the file could not be read here, as for {@link #probe(Path, long, byte[])}.
   */
  public Optional<Read> read(Path file, byte[] buffer) {
    byte[] name = FileNames.bytesOf(file);
    long read = name == null ? -1 : read(name, buffer);
    return read < 0 ? Optional.empty() : Optional.of(new Read(read >>> 8, (int) (read & 0xFF)));
  }

  /** What {@link #read} found: the file's length in bytes and its probe bits. */
  public record Read(long length, int bits) {}

  private static native int probe(byte[] path, long listedSize, byte[] needle);

  private static native long read(byte[] path, byte[] into);
}
