package dev.ssotgardener.nativelib;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lists a folder in one JNI call ({@code list} in {@code src/main/c/ssot_files.c}): each entry's
 * kind from the listing itself, and a regular file's size, modification time and readability asked
 * relative to the open folder. The JDK's listing costs a stat per entry by its full path, and a
 * second call for readability.
 *
 * <p>Sockets, devices and pipes are left out. The JDK's file API stays the caller's fallback: for a
 * folder this cannot list or whose names would not round-trip ({@link FileNames}), and for an entry
 * it lists as {@link DirectoryEntry.Kind#UNKNOWN} (one that vanished or could not be examined), so
 * that an error is reported in the JDK's words.
 */
public final class NativeDirectory {
  private static final NativeDirectory INSTANCE = new NativeDirectory();
  private static final DirectoryEntry.Kind[] KINDS = DirectoryEntry.Kind.values();

  /** An entry's bytes before its name: kind, readable, size, modified, name length. */
  private static final int HEADER = 20;

  private NativeDirectory() {}

  /** The lister, if our native library is loaded. */
  public static Optional<NativeDirectory> load() {
    return NativeLibrary.load() ? Optional.of(INSTANCE) : Optional.empty();
  }

  /**
   * The entries of {@code dir} but {@code .} and {@code ..}, unordered; empty if not listed here.
   */
  public Optional<List<DirectoryEntry>> list(Path dir) {
    byte[] path = FileNames.bytesOf(dir);
    byte[] listing = path == null ? null : list(path);
    if (listing == null) {
      return Optional.empty();
    }
    List<DirectoryEntry> entries = new ArrayList<>();
    for (int at = 0; at < listing.length; ) {
      int length = (listing[at + 18] & 0xFF) | (listing[at + 19] & 0xFF) << 8;
      String name = FileNames.nameOf(listing, at + HEADER, length);
      if (name == null) {
        return Optional.empty();
      }
      entries.add(
          new DirectoryEntry(
              name,
              KINDS[listing[at]],
              longAt(listing, at + 2),
              longAt(listing, at + 10),
              listing[at + 1] != 0));
      at += HEADER + length;
    }
    return Optional.of(entries);
  }

  /** The little-endian long at {@code at}; by hand, as C1 would not inline a buffer's getLong. */
  private static long longAt(byte[] bytes, int at) {
    long value = 0;
    for (int i = 7; i >= 0; i--) {
      value = value << 8 | (bytes[at + i] & 0xFF);
    }
    return value;
  }

  private static native byte[] list(byte[] path);
}
