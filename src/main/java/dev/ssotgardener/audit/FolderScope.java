package dev.ssotgardener.audit;

import java.nio.file.Path;

/**
 * A folder of a repository as an audit of the folder sees the repository: the folder's files are
 * judged, with paths relative to it; every other file is context, with paths leading up out of it
 * ({@code ../lib/x.py}), so that names resolve against the whole repository.
 *
 * @param prefix the folder's path in the repository, {@code /}-separated; empty for the repository
 *     itself (or a folder outside it)
 */
public record FolderScope(String prefix) {
  /** {@code folder} within {@code repository}. */
  public static FolderScope of(Path repository, Path folder) {
    String prefix =
        repository
            .toAbsolutePath()
            .normalize()
            .relativize(folder.toAbsolutePath().normalize())
            .toString()
            .replace('\\', '/');
    return new FolderScope(prefix.startsWith("..") ? "" : prefix);
  }

  /** Whether the folder is the whole repository. */
  public boolean whole() {
    return prefix.isEmpty();
  }

  /** Whether the repository path {@code path} lies in the folder. */
  public boolean contains(String path) {
    return whole() || path.startsWith(prefix + "/");
  }

  /** A repository path in the folder, relative to the folder. */
  public String inside(String path) {
    return whole() ? path : path.substring(prefix.length() + 1);
  }

  /** A repository path outside the folder, as seen from the folder. */
  public String outside(String path) {
    return whole() ? path : "../".repeat(prefix.split("/").length) + path;
  }
}
