package dev.ssotgardener.nativelib;

/**
 * One entry of a folder, with what listing the folder learned of it.
 *
 * @param name the entry's name in the folder
 * @param kind what it is; {@link Kind#UNKNOWN} when the listing did not learn it
 * @param size a {@link Kind#FILE}'s size in bytes, else 0
 * @param modifiedNanos a {@link Kind#FILE}'s modification time in nanoseconds since the epoch
 * @param readable whether a {@link Kind#FILE} may be read by this process
 */
public record DirectoryEntry(
    String name, Kind kind, long size, long modifiedNanos, boolean readable) {
  /** What an entry is, not following a symbolic link. */
  public enum Kind {
    FILE,
    DIRECTORY,
    LINK,
    /** A socket, device or pipe. */
    OTHER,
    UNKNOWN
  }

  /** An entry of which only the name is known. */
  public static DirectoryEntry named(String name) {
    return new DirectoryEntry(name, Kind.UNKNOWN, 0, 0, false);
  }
}
