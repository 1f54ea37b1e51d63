package dev.ssotgardener.lang.java;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the repository's file layout says about Java types: a top-level type {@code X} of package
 * {@code a.b} lives in {@code .../a/b/X.java}, so a simple name can be resolved against the
 * importing file's own folder and against the packages it imports on demand, without parsing the
 * other files first.
 */
final class JavaSourcePaths {
  /** Other JVM languages (and AspectJ) whose classes Java code imports without a {@code .java}. */
  private static final Set<String> OTHER_JVM_SOURCES = Set.of(".kt", ".groovy", ".scala", ".aj");

  private final Set<String> javaPaths = new HashSet<>();
  private final Set<String> javaPathSuffixes = new HashSet<>();
  private final Set<String> foldersWithOtherJvmSources = new HashSet<>();

  JavaSourcePaths(Collection<String> repositoryPaths) {
    for (String path : repositoryPaths) {
      String lower = path.toLowerCase(Locale.ROOT);
      if (path.endsWith(".java")) {
        javaPaths.add(path);
        javaPathSuffixes.add(path);
        for (int at = path.indexOf('/'); at >= 0; at = path.indexOf('/', at + 1)) {
          javaPathSuffixes.add(path.substring(at + 1));
        }
      } else if (OTHER_JVM_SOURCES.stream().anyMatch(lower::endsWith)) {
        foldersWithOtherJvmSources.add(folder(path));
      }
    }
  }

  /** {@code src/a/B.java} → {@code src/a/}; empty for a file at the root. */
  static String folder(String path) {
    return path.substring(0, path.lastIndexOf('/') + 1);
  }

  /** Whether {@code folder} (as {@link #folder}) holds {@code simpleName.java}. */
  boolean folderHasType(String folder, String simpleName) {
    return javaPaths.contains(folder + simpleName + ".java");
  }

  /** Whether some source folder of package {@code packageName} holds {@code simpleName.java}. */
  boolean packageHasType(String packageName, String simpleName) {
    return javaPathSuffixes.contains(packageName.replace('.', '/') + "/" + simpleName + ".java");
  }

  /**
   * Whether every question of {@code recorded} ({@link JavaLayoutLookups#recorded}) gets the same
   * answer from this layout; false for anything unreadable.
   */
  boolean answersAsBefore(List<String> recorded) {
    for (String line : recorded) {
      String[] part = line.split("\t", -1);
      if (part.length != 4) {
        return false;
      }
      boolean now =
          switch (part[0]) {
            case JavaLayoutLookups.FOLDER_TYPE -> folderHasType(part[1], part[2]);
            case JavaLayoutLookups.PACKAGE_TYPE -> packageHasType(part[1], part[2]);
            case JavaLayoutLookups.OTHER_JVM -> hasOtherJvmSources(part[1]);
            default -> !Boolean.parseBoolean(part[3]);
          };
      if (now != Boolean.parseBoolean(part[3])) {
        return false;
      }
    }
    return true;
  }

  /** Whether classes of other JVM languages live beside the Java files of {@code folder}. */
  boolean hasOtherJvmSources(String folder) {
    return foldersWithOtherJvmSources.contains(folder);
  }
}
