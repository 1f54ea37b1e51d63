package dev.ssotgardener.cli;

import dev.ssotgardener.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The crash tests' view of a tree on disk: its files by size and time (so a scan of a real
 * repository reads only what changed), the changes against a pristine copy, and putting it back.
 */
final class CrashTree {
  /** A file as a scan sees it; a change of either means its bytes must be compared. */
  record Attrs(long size, long modifiedNanos) {}

  private CrashTree() {}

  /** Files that may be audited or fixed: all but the VCS folder, the cache and our temp files. */
  static Map<String, Attrs> scan(Path root) throws IOException {
    Map<String, Attrs> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        String relative = root.relativize(path).toString();
        if (relative.startsWith(".git/")
            || relative.startsWith(".ssot/cache/")
            || AtomicFiles.isTemporary(path.getFileName().toString())) {
          continue;
        }
        BasicFileAttributes a =
            Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isRegularFile()) {
          files.put(relative, new Attrs(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
        }
      }
    }
    return files;
  }

  /** Our temp files anywhere under {@code root}, the cache and the VCS folder included. */
  static List<Path> temps(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(p -> AtomicFiles.isTemporary(p.getFileName().toString())).toList();
    }
  }

  /**
   * The temp files a run of process {@code pid} staged under {@code folder}, {@code depth} deep.
   */
  static List<Path> stagedBy(Path folder, long pid, int depth) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(folder, depth)) {
      return paths
          .filter(p -> p.getFileName().toString().startsWith(".ssot-" + pid + "-"))
          .toList();
    }
  }

  /** The files (but {@code output}) whose bytes differ from the pristine tree's, and new ones. */
  static Map<String, byte[]> changed(
      Path pristine, Path work, Map<String, Attrs> original, String output) throws IOException {
    Map<String, byte[]> changed = new TreeMap<>();
    for (Map.Entry<String, Attrs> file : scan(work).entrySet()) {
      if (!file.getKey().equals(output) && !file.getValue().equals(original.get(file.getKey()))) {
        byte[] bytes = Files.readAllBytes(work.resolve(file.getKey()));
        if (!original.containsKey(file.getKey())
            || !Arrays.equals(bytes, Files.readAllBytes(pristine.resolve(file.getKey())))) {
          changed.put(file.getKey(), bytes);
        }
      }
    }
    return changed;
  }

  /**
   * Puts the work tree back as the pristine one, without temp files and {@code output}; the cache
   * stays, so later runs are warm as a user's are.
   */
  static void restore(Path pristine, Path work, Map<String, Attrs> original, String output)
      throws IOException {
    for (Path temp : temps(work)) {
      Files.delete(temp);
    }
    for (Map.Entry<String, Attrs> file : scan(work).entrySet()) {
      if (!file.getValue().equals(original.get(file.getKey()))) {
        Path target = work.resolve(file.getKey());
        if (original.containsKey(file.getKey())) {
          Files.copy(
              pristine.resolve(file.getKey()),
              target,
              StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.COPY_ATTRIBUTES);
        } else {
          Files.delete(target);
        }
      }
    }
    if (output != null) {
      Files.deleteIfExists(work.resolve(output));
    }
  }

  /** Copies a tree but its VCS folder, keeping modification times. */
  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        String relative = from.relativize(path).toString();
        if (relative.equals(".git") || relative.startsWith(".git/")) {
          continue;
        }
        Path target = to.resolve(relative);
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        }
      }
    }
  }
}
