package dev.ssotgardener.workspace;

/**
 * How {@link FileWalker} lists a tree.
 *
 * @param maxFileSize files larger than this many bytes are skipped as {@link SkipReason#TOO_LARGE}
 * @param followSymlinks follow symbolic links (loops are detected and reported) instead of leaving
 *     them out of the listing
 */
public record WalkOptions(long maxFileSize, boolean followSymlinks) {
  private static final long FIVE_MIB = 5L * 1024 * 1024;

  public WalkOptions {
    if (maxFileSize < 0) {
      throw new IllegalArgumentException("maxFileSize must not be negative: " + maxFileSize);
    }
  }

  /** 5 MiB per file, symbolic links not followed (as git stores them: as links, not content). */
  public static WalkOptions defaults() {
    return new WalkOptions(FIVE_MIB, false);
  }
}
