package dev.ssotgardener.workspace;

import dev.ssotgardener.nativelib.NativeFileProbe;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a listed file as text, choosing its encoding so that writing the text back with {@link
 * SourceFile#charset()} (and the BOM if {@link SourceFile#bom()}) reproduces the bytes.
 *
 * <p>In order: a UTF-16 BOM means UTF-16LE/BE; a NUL byte in the first 8 KiB means binary; a UTF-8
 * BOM or valid UTF-8 means UTF-8; a PEP 263 coding cookie on line 1 or 2 names the charset if Java
 * supports it and the bytes are valid in it; anything else is ISO-8859-1, which never fails.
 * Stateless and thread-safe.
 */
public final class SourceReader {
  private static final int BINARY_PROBE = 8 * 1024;

  /** The probe bits of bytes the native probes did not see. */
  private static final int UNPROBED = -1;

  private static final Pattern CODING_COOKIE =
      Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

  private static final String COOKIE_PROBE = "# -*- coding: x -*-";

  /**
   * What {@link #read(FileEntry, BytesProbe)} asks of a file's bytes before decoding them. The
   * bytes are a plain array, not a {@link ByteBuffer}: the launcher's quick JIT (C1) cannot inline
   * {@code ByteBuffer.get}, and a call per byte was half of a conflict-marker-only audit's CPU.
   */
  @FunctionalInterface
  public interface BytesProbe {
    /** Whether the first {@code length} of {@code bytes} are worth decoding. */
    boolean test(byte[] bytes, int length);
  }

  /** Each thread's read buffer, grown to the largest file it read. */
  private final ThreadLocal<byte[]> buffers = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

  /** Reads by our native library where it can: the probes come with the bytes. */
  private final Optional<NativeFileProbe> nativeReader;

  public SourceReader() {
    this(NativeFileProbe.load());
  }

  /** A reader that reads by {@code nativeReader} where it can, else by the JDK. */
  SourceReader(Optional<NativeFileProbe> nativeReader) {
    this.nativeReader = nativeReader;
  }

  /**
   * Reads {@code entry}; never throws for a bad file, it is reported as skipped instead. The bytes
   * go to a buffer this thread reuses, decoded from there.
   */
  public ReadOutcome read(FileEntry entry) {
    Loaded loaded;
    try {
      loaded = load(entry.file(), entry.size());
    } catch (IOException e) {
      return skipped(entry.path(), SkipReason.UNREADABLE, IoProblem.describe(e));
    }
    return decode(entry.path(), buffers.get(), loaded.length(), loaded.bits());
  }

  /**
   * Reads {@code entry} but decodes it only if {@code worthDecoding} accepts its bytes; a text file
   * it rejects is {@link ReadOutcome.Undecoded}. Binary files are skipped exactly as by {@link
   * #read(FileEntry)}, and UTF-16 files are always decoded, so the probe only sees bytes of an
   * ASCII-compatible encoding. The bytes are read into a buffer this thread reuses, so a file
   * nothing needs costs no allocation.
   */
  public ReadOutcome read(FileEntry entry, BytesProbe worthDecoding) {
    Loaded loaded;
    try {
      loaded = load(entry.file(), entry.size());
    } catch (IOException e) {
      return skipped(entry.path(), SkipReason.UNREADABLE, IoProblem.describe(e));
    }
    byte[] bytes = buffers.get();
    int length = loaded.length();
    boolean utf16 = startsWith(bytes, length, 0xFF, 0xFE) || startsWith(bytes, length, 0xFE, 0xFF);
    if (!utf16 && !hasNulByte(bytes, length) && !worthDecoding.test(bytes, length)) {
      return new ReadOutcome.Undecoded(entry.path());
    }
    return decode(entry.path(), bytes, length, loaded.bits());
  }

  /** The first {@code length} bytes of this thread's buffer, with their probe bits if known. */
  private record Loaded(int length, int bits) {}

  /**
   * Reads the whole file into this thread's buffer: by the native library, its probes with it,
   * unless it cannot read the file or the file outgrew the buffer since the listing; then by the
   * JDK, whose exception names the problem.
   */
  private Loaded load(Path file, long listedSize) throws IOException {
    if (nativeReader.isPresent()) {
      byte[] buffer = bufferFor(listedSize + 1);
      Optional<NativeFileProbe.Read> read = nativeReader.get().read(file, buffer);
      if (read.isPresent() && read.get().length() <= buffer.length) {
        return new Loaded((int) read.get().length(), read.get().bits());
      }
    }
    return new Loaded(readIntoBuffer(file, listedSize), UNPROBED);
  }

  /** This thread's buffer, grown first if smaller than {@code wanted} bytes. */
  private byte[] bufferFor(long wanted) {
    byte[] buffer = buffers.get();
    if (wanted > buffer.length) {
      buffer = new byte[(int) Math.min(Integer.MAX_VALUE - 8, wanted * 2)];
      buffers.set(buffer);
    }
    return buffer;
  }

  /**
   * Reads the whole file into this thread's buffer, grown when too small, and returns its length.
   * The size the listing saw saves a stat per file; a file that grew since is still read whole.
   */
  private int readIntoBuffer(Path file, long listedSize) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      // One byte more than the size, so that reaching the end needs no second buffer.
      byte[] buffer = bufferFor(listedSize + 1);
      ByteBuffer view = ByteBuffer.wrap(buffer);
      while (channel.read(view) >= 0) {
        if (!view.hasRemaining()) {
          buffer = Arrays.copyOf(buffer, buffer.length * 2);
          buffers.set(buffer);
          view = ByteBuffer.wrap(buffer).position(view.position());
        }
      }
      return view.position();
    }
  }

  /** Decodes bytes read elsewhere (a git blob) exactly as {@link #read} decodes a file. */
  public ReadOutcome decode(String path, byte[] bytes) {
    return decode(path, bytes, bytes.length, UNPROBED);
  }

  /**
   * Decodes the first {@code length} of {@code bytes}, which it keeps no reference to; {@code bits}
   * are their native probes, or {@link #UNPROBED}.
   */
  private ReadOutcome decode(String path, byte[] bytes, int length, int bits) {
    if (bits != UNPROBED && (bits & NativeFileProbe.ASCII) != 0) {
      // What the steps below make of ASCII (no byte order mark, valid UTF-8), in one copy.
      return (bits & NativeFileProbe.NUL) != 0
          ? binary(path)
          : text(
              path,
              new String(bytes, 0, length, StandardCharsets.ISO_8859_1),
              StandardCharsets.UTF_8,
              false);
    }
    Optional<SourceFile> utf16 = decodeUtf16(path, bytes, length);
    if (utf16.isPresent()) {
      return new ReadOutcome.Text(utf16.get());
    }
    if (hasNulByte(bytes, length)) {
      return binary(path);
    }
    if (startsWith(bytes, length, 0xEF, 0xBB, 0xBF)) {
      Optional<String> text = decode(bytes, 3, length, StandardCharsets.UTF_8);
      if (text.isPresent()) {
        return text(path, text.get(), StandardCharsets.UTF_8, true);
      }
    }
    Optional<String> utf8 = decode(bytes, 0, length, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return text(path, utf8.get(), StandardCharsets.UTF_8, false);
    }
    Optional<Charset> declared = codingCookie(bytes, length);
    if (declared.isPresent()) {
      Optional<String> text = decode(bytes, 0, length, declared.get());
      if (text.isPresent()) {
        return text(path, text.get(), declared.get(), false);
      }
    }
    return text(
        path,
        new String(bytes, 0, length, StandardCharsets.ISO_8859_1),
        StandardCharsets.ISO_8859_1,
        false);
  }

  private static Optional<SourceFile> decodeUtf16(String path, byte[] bytes, int length) {
    Charset charset;
    if (startsWith(bytes, length, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
    } else if (startsWith(bytes, length, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
    } else {
      return Optional.empty();
    }
    return decode(bytes, 2, length, charset).map(text -> new SourceFile(path, text, charset, true));
  }

  private static boolean hasNulByte(byte[] bytes, int length) {
    int end = Math.min(length, BINARY_PROBE);
    for (int i = 0; i < end; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] bytes, int length, int... prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Decodes strictly: a byte sequence invalid in {@code charset} yields empty, never U+FFFD. */
  private static Optional<String> decode(byte[] bytes, int offset, int end, Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      // The String constructor's UTF-8 path (ASCII copied as is) puts U+FFFD for what is invalid:
      // without one, its text is the strict decoder's. A decoder, a char buffer and a copy to a
      // string were ~2% of a cold audit.
      String text = new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) {
        return Optional.of(text);
      }
    }
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, end - offset))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** The charset named by a PEP 263 cookie on line 1 or 2, if Java knows it. */
  private static Optional<Charset> codingCookie(byte[] bytes, int length) {
    String head = new String(bytes, 0, Math.min(length, 2 * 1024), StandardCharsets.ISO_8859_1);
    String[] lines = head.split("\r\n|\r|\n", 3);
    for (int i = 0; i < Math.min(lines.length, 2); i++) {
      Matcher matcher = CODING_COOKIE.matcher(lines[i]);
      if (matcher.find()) {
        return charsetNamed(matcher.group(1));
      }
    }
    return Optional.empty();
  }

  private static Optional<Charset> charsetNamed(String name) {
    // Python spells some names Java does not know ("latin-1", "utf_8"); try them without
    // separators.
    for (String candidate : new String[] {name, name.replace("-", "").replace("_", "")}) {
      try {
        if (Charset.isSupported(candidate) && isAsciiCompatible(Charset.forName(candidate))) {
          return Optional.of(Charset.forName(candidate));
        }
      } catch (IllegalCharsetNameException e) {
        // Not a name Java accepts; try the next spelling.
      }
    }
    return Optional.empty();
  }

  /** The cookie was read as ASCII, so a charset that encodes ASCII differently cannot be meant. */
  private static boolean isAsciiCompatible(Charset charset) {
    return charset.canEncode()
        && Arrays.equals(
            COOKIE_PROBE.getBytes(charset), COOKIE_PROBE.getBytes(StandardCharsets.US_ASCII));
  }

  private static ReadOutcome text(String path, String text, Charset charset, boolean bom) {
    return new ReadOutcome.Text(new SourceFile(path, text, charset, bom));
  }

  /** What a file whose first 8 KiB hold a NUL byte (and no UTF-16 byte order mark) reads as. */
  public static ReadOutcome binary(String path) {
    return skipped(
        path, SkipReason.BINARY, "NUL byte in the first " + BINARY_PROBE / 1024 + " KiB");
  }

  private static ReadOutcome skipped(String path, SkipReason reason, String detail) {
    return new ReadOutcome.Skipped(new SkippedFile(path, reason, detail));
  }
}
