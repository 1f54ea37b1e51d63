package dev.ssotgardener.fix;

import dev.ssotgardener.workspace.AtomicFiles;
import dev.ssotgardener.workspace.SourceFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;

/**
 * Writes a fixed file so that a crash leaves it old or new, never half-written: the bytes go to a
 * temporary file in the same folder, which then replaces the original by an atomic rename. The
 * encoding, byte-order mark and POSIX permissions of the original are kept.
 */
public final class AtomicWriter {
  /** Puts bytes in place whole or not at all; a seam for simulating a crash mid-run. */
  @FunctionalInterface
  public interface Sink {
    void write(Path target, byte[] bytes) throws IOException;
  }

  private final Sink sink;

  /** A writer through {@link AtomicFiles}: temporary file in the same folder, then rename. */
  public AtomicWriter() {
    this(AtomicFiles::write);
  }

  public AtomicWriter(Sink sink) {
    this.sink = sink;
  }

  /** A file that could not be written; the message is one line naming the file. */
  public static final class WriteException extends Exception {
    private static final long serialVersionUID = 1L;

    WriteException(String message) {
      super(message);
    }
  }

  /** Writes {@code change} under {@code root}, refusing a file changed since it was read. */
  public void write(Path root, FileChange change) throws WriteException {
    Path file = root.resolve(change.path());
    SourceFile original = change.original();
    try {
      PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
      // A file without its owner's write bit is read-only on purpose, even to root.
      if (!Files.isWritable(file)
          || (posix != null
              && !posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE))) {
        throw new WriteException(change.path() + ": file is not writable; nothing written");
      }
      if (!Arrays.equals(Files.readAllBytes(file), encode(original, original.text()))) {
        throw new WriteException(change.path() + ": file changed since it was read; not written");
      }
      sink.write(file, encode(original, change.fixedText()));
    } catch (CharacterCodingException e) {
      throw new WriteException(
          change.path() + ": the fix cannot be written in " + original.charset() + "; not written");
    } catch (FileSystemException e) {
      throw new WriteException(change.path() + ": " + e.getReason() + "; nothing written");
    } catch (IOException e) {
      throw new WriteException(change.path() + ": " + e.getMessage() + "; nothing written");
    }
  }

  private static byte[] encode(SourceFile file, String text) throws CharacterCodingException {
    ByteBuffer buffer =
        file.charset()
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .encode(CharBuffer.wrap(file.bom() ? "\uFEFF" + text : text));
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return bytes;
  }
}
