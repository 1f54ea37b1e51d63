package dev.ssotgardener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Copies of example and fixture trees for tests that change them. */
public final class TestTrees {
  private TestTrees() {}

  /** Copies a tree, leaving out the tool's own state ({@code .ssot/}: cache, trackers). */
  public static void copy(Path from, Path to) throws IOException {
    copy(from, to, file -> true);
  }

  /** Copies the files {@code include} accepts, and every folder but {@code .ssot/}. */
  public static void copy(Path from, Path to, Predicate<Path> include) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Path relative = from.relativize(source);
        if (relative.toString().equals(".ssot") || relative.startsWith(".ssot")) {
          continue;
        }
        Path target = to.resolve(relative.toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else if (include.test(source)) {
          Files.copy(source, target);
        }
      }
    }
  }
}
