package dev.ssotgardener.lang.java;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

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

  /**
   * Java paths by their last folder and file name ({@code b/X.java}): a package's files are found
   * among the few sharing that ending, without keeping every suffix of every path (a history walk
   * makes a layout per commit whose paths changed).
   */
  private final Map<String, List<String>> javaPathsByEnding = new HashMap<>();

  private final Set<String> foldersWithOtherJvmSources = new HashSet<>();

  JavaSourcePaths(Collection<String> repositoryPaths) {
    for (String path : repositoryPaths) {
      if (path.endsWith(".java")) {
        javaPaths.add(path);
        javaPathsByEnding.computeIfAbsent(ending(path), e -> new ArrayList<>(1)).add(path);
      } else if (OTHER_JVM_SOURCES.stream()
          .anyMatch(s -> path.regionMatches(true, path.length() - s.length(), s, 0, s.length()))) {
        foldersWithOtherJvmSources.add(folder(path));
      }
    }
  }

  /** {@code src/a/b/X.java} → {@code b/X.java}; the path itself when it has one folder or none. */
  private static String ending(String path) {
    int slash = path.lastIndexOf('/');
    return slash <= 0 ? path : path.substring(path.lastIndexOf('/', slash - 1) + 1);
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
    String suffix = packageName.replace('.', '/') + "/" + simpleName + ".java";
    for (String path : javaPathsByEnding.getOrDefault(ending(suffix), List.of())) {
      int start = path.length() - suffix.length();
      if (path.endsWith(suffix) && (start == 0 || start > 0 && path.charAt(start - 1) == '/')) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether every question of {@code recorded} ({@link JavaLayoutLookups#recorded}) gets the same
   * answer from this layout; false for anything unreadable.
   */
  boolean answersAsBefore(List<String> recorded) {
    for (String line : recorded) {
      Question question = Question.of(line);
      if (question == null) {
        return false;
      }
      boolean now =
          switch (question.kind()) {
            case JavaLayoutLookups.FOLDER_TYPE ->
                javaPaths.contains(question.where() + question.name() + ".java");
            case JavaLayoutLookups.PACKAGE_TYPE ->
                packageHasType(question.where(), question.name());
            case JavaLayoutLookups.OTHER_JVM -> hasOtherJvmSources(question.where());
            default -> !question.answer();
          };
      if (now != question.answer()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Which records ({@link #answersAsBefore}) that held among {@code earlier}'s paths still hold
   * among these: a question gets another answer only when it names a type whose {@code .java} files
   * differ, or a folder whose other JVM sources do, so a record mentioning neither is not asked
   * again. A history walk asks this of every file each time a commit adds or removes a path.
   */
  Predicate<List<String>> answersAsBeforeAfter(JavaSourcePaths earlier) {
    Set<String> names = new HashSet<>();
    differing(javaPaths, earlier.javaPaths, p -> names.add(simpleName(p)));
    Set<String> folders = new HashSet<>();
    differing(foldersWithOtherJvmSources, earlier.foldersWithOtherJvmSources, folders::add);
    if (names.isEmpty() && folders.isEmpty()) {
      return recorded -> true;
    }
    return recorded -> {
      for (String line : recorded) {
        if (mayDiffer(line, names, folders)) {
          return answersAsBefore(recorded);
        }
      }
      return true;
    };
  }

  private static void differing(Set<String> a, Set<String> b, Consumer<String> out) {
    a.stream().filter(x -> !b.contains(x)).forEach(out);
    b.stream().filter(x -> !a.contains(x)).forEach(out);
  }

  private static String simpleName(String javaPath) {
    return javaPath.substring(javaPath.lastIndexOf('/') + 1, javaPath.length() - ".java".length());
  }

  /**
   * Whether a record asks about one of {@code names}, or of {@code folders}; true if unreadable.
   */
  private static boolean mayDiffer(String line, Set<String> names, Set<String> folders) {
    Question question = Question.of(line);
    if (question == null) {
      return true;
    }
    if (question.is(JavaLayoutLookups.OTHER_JVM)) {
      return anyIs(line, question.whereStart(), question.nameStart() - 1, folders);
    }
    return !question.is(JavaLayoutLookups.FOLDER_TYPE)
            && !question.is(JavaLayoutLookups.PACKAGE_TYPE)
        || anyIs(line, question.nameStart(), question.answerStart() - 1, names);
  }

  /**
   * One recorded question ({@code kind \t where \t name \t answer}) by where its fields start: read
   * by hand, since every kept file of a tree whose paths changed is asked again.
   */
  private record Question(String line, int whereStart, int nameStart, int answerStart) {
    /** The question, or null when {@code line} has not exactly four fields. */
    static Question of(String line) {
      int where = line.indexOf('\t') + 1;
      int name = where == 0 ? 0 : line.indexOf('\t', where) + 1;
      int answer = name == 0 ? 0 : line.indexOf('\t', name) + 1;
      if (answer == 0 || line.indexOf('\t', answer) >= 0) {
        return null;
      }
      return new Question(line, where, name, answer);
    }

    boolean is(String kind) {
      return whereStart - 1 == kind.length() && line.startsWith(kind);
    }

    String kind() {
      return line.substring(0, whereStart - 1);
    }

    String where() {
      return line.substring(whereStart, nameStart - 1);
    }

    String name() {
      return line.substring(nameStart, answerStart - 1);
    }

    boolean answer() {
      return Boolean.parseBoolean(line.substring(answerStart));
    }
  }

  /** Whether {@code line}'s characters {@code [from, to)} are one of {@code values}. */
  private static boolean anyIs(String line, int from, int to, Set<String> values) {
    if (values.size() > 4) {
      return values.contains(line.substring(from, to)); // a commit adding many files
    }
    for (String value : values) {
      if (value.length() == to - from && line.regionMatches(from, value, 0, value.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether classes of other JVM languages live beside the Java files of {@code folder}. */
  boolean hasOtherJvmSources(String folder) {
    return foldersWithOtherJvmSources.contains(folder);
  }
}
