package dev.ssotgardener.workspace;

import java.nio.file.Path;

/**
 * A file the walker listed for reading.
 *
 * @param path repo-relative, {@code /}-separated, never starting with {@code /}
 * @param file where to read it (under the walked root; a followed link is not resolved)
 * @param size its size in bytes when listed
 * @param modifiedNanos its modification time when listed, in nanoseconds since the epoch; {@link
 *     #UNKNOWN_TIME} if not known
 */
public record FileEntry(String path, Path file, long size, long modifiedNanos) {
  /** A modification time no cache trusts. */
  public static final long UNKNOWN_TIME = Long.MIN_VALUE;

  /** An entry whose modification time is not known. */
  public FileEntry(String path, Path file, long size) {
    this(path, file, size, UNKNOWN_TIME);
  }
}
