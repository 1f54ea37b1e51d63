package dev.ssotgardener.lang.java;

import dev.ssotgardener.lang.PathChanges;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  private final Set<String> javaPaths;

  /**
   * Java paths by their last folder and file name ({@code b/X.java}): a package's files are found
   * among the few sharing that ending, without keeping every suffix of every path (a history walk
   * makes a layout per commit whose paths changed). A layout derived from another ({@link #after})
   * shares the lists it does not change.
   */
  private final Map<String, List<String>> javaPathsByEnding;

  private final Set<String> foldersWithOtherJvmSources;

  /**
   * What each file's recorded questions ask about, handed from each layout of a history walk to the
   * next ({@link #answersAsBeforeAfter}): a file's facts outlive many commits, and reading all
   * their questions again at every commit that adds or removes a path was a tenth of the walk.
   */
  private AskedMemo asked;

  /**
   * The layout this one was derived from ({@link #after}), and the type names and folders whose
   * answers differ between the two; null when made from the paths.
   */
  private final Difference difference;

  JavaSourcePaths(Collection<String> repositoryPaths) {
    javaPaths = new HashSet<>();
    javaPathsByEnding = new HashMap<>();
    foldersWithOtherJvmSources = new HashSet<>();
    asked = new AskedMemo();
    difference = null;
    for (String path : repositoryPaths) {
      if (path.endsWith(".java")) {
        javaPaths.add(path);
        javaPathsByEnding.computeIfAbsent(ending(path), e -> new ArrayList<>(1)).add(path);
      } else if (isOtherJvmSource(path)) {
        foldersWithOtherJvmSources.add(folder(path));
      }
    }
  }

  private JavaSourcePaths(JavaSourcePaths earlier, PathChanges changes) {
    javaPaths = new HashSet<>(earlier.javaPaths);
    javaPathsByEnding = new HashMap<>(earlier.javaPathsByEnding);
    foldersWithOtherJvmSources =
        changes.removed().stream().anyMatch(JavaSourcePaths::isOtherJvmSource)
            ? otherJvmFolders(changes.paths()) // a folder may still hold others: asked of all
            : new HashSet<>(earlier.foldersWithOtherJvmSources);
    asked = earlier.asked;
    Set<String> names = new HashSet<>();
    for (String path : changes.removed()) {
      if (path.endsWith(".java") && javaPaths.remove(path)) {
        names.add(simpleName(path));
        List<String> others = new ArrayList<>(javaPathsByEnding.get(ending(path)));
        others.remove(path);
        javaPathsByEnding.put(ending(path), others);
      }
    }
    for (String path : changes.added()) {
      if (path.endsWith(".java")) {
        if (javaPaths.add(path)) {
          names.add(simpleName(path));
          List<String> others =
              new ArrayList<>(javaPathsByEnding.getOrDefault(ending(path), List.of()));
          others.add(path);
          javaPathsByEnding.put(ending(path), others);
        }
      } else if (isOtherJvmSource(path)) {
        foldersWithOtherJvmSources.add(folder(path));
      }
    }
    Set<String> folders = new HashSet<>();
    PathChanges.eachInOneOnly(
        foldersWithOtherJvmSources, earlier.foldersWithOtherJvmSources, folders::add);
    difference = new Difference(new WeakReference<>(earlier), names, folders);
  }

  /**
   * This layout after {@code changes} to the paths it was made for: the same answers as one made
   * from the new paths, at the cost of the change (and of copying its sets).
   */
  JavaSourcePaths after(PathChanges changes) {
    return new JavaSourcePaths(this, changes);
  }

  /** Whether any path of {@code changes} is a Java or other JVM source: else the layout stays. */
  static boolean touchedBy(PathChanges changes) {
    return changes.any(p -> p.endsWith(".java") || isOtherJvmSource(p));
  }

  private static boolean isOtherJvmSource(String path) {
    for (String suffix : OTHER_JVM_SOURCES) {
      if (path.regionMatches(true, path.length() - suffix.length(), suffix, 0, suffix.length())) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> otherJvmFolders(Collection<String> paths) {
    Set<String> folders = new HashSet<>();
    for (String path : paths) {
      if (isOtherJvmSource(path)) {
        folders.add(folder(path));
      }
    }
    return folders;
  }

  /**
   * What differs from the layout {@code earlier}: type names and folders asked about. Weak: a walk
   * derives a layout from the one before at every commit that adds or removes a path, and a chain
   * of strong references would keep them all.
   */
  private record Difference(
      WeakReference<JavaSourcePaths> earlier, Set<String> names, Set<String> folders) {}

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
    asked = earlier.asked;
    Set<String> names;
    Set<String> folders;
    if (difference != null && difference.earlier().get() == earlier) {
      names = difference.names();
      folders = difference.folders();
    } else {
      names = new HashSet<>();
      PathChanges.eachInOneOnly(javaPaths, earlier.javaPaths, p -> names.add(simpleName(p)));
      folders = new HashSet<>();
      PathChanges.eachInOneOnly(
          foldersWithOtherJvmSources, earlier.foldersWithOtherJvmSources, folders::add);
    }
    if (names.isEmpty() && folders.isEmpty()) {
      return recorded -> true;
    }
    int[] nameHashes = names.stream().mapToInt(String::hashCode).sorted().toArray();
    int[] folderHashes = folders.stream().mapToInt(String::hashCode).sorted().toArray();
    AskedMemo memo = asked;
    return recorded ->
        !memo.of(recorded).mayAsk(nameHashes, folderHashes) || answersAsBefore(recorded);
  }

  private static String simpleName(String javaPath) {
    return javaPath.substring(javaPath.lastIndexOf('/') + 1, javaPath.length() - ".java".length());
  }

  /**
   * What the questions of one record ask about: the hashes of the type names of folder and package
   * questions and of the folders of other-JVM ones, each sorted. A hash match only makes the record
   * be asked again, so a collision costs time, never an answer.
   *
   * @param always a question of another kind, or an unreadable one: asked again whatever changed
   */
  private record Asked(int[] names, int[] folders, boolean always) {
    static Asked of(List<String> recorded) {
      List<Integer> names = new ArrayList<>();
      List<Integer> folders = new ArrayList<>();
      boolean always = false;
      for (String line : recorded) {
        Question question = Question.of(line);
        if (question == null) {
          always = true;
        } else if (question.is(JavaLayoutLookups.OTHER_JVM)) {
          folders.add(hash(line, question.whereStart(), question.nameStart() - 1));
        } else if (question.is(JavaLayoutLookups.FOLDER_TYPE)
            || question.is(JavaLayoutLookups.PACKAGE_TYPE)) {
          names.add(hash(line, question.nameStart(), question.answerStart() - 1));
        } else {
          always = true;
        }
      }
      return new Asked(
          names.stream().mapToInt(Integer::intValue).sorted().distinct().toArray(),
          folders.stream().mapToInt(Integer::intValue).sorted().distinct().toArray(),
          always);
    }

    boolean mayAsk(int[] nameHashes, int[] folderHashes) {
      return always || anyIn(names, nameHashes) || anyIn(folders, folderHashes);
    }

    /**
     * Whether the sorted arrays share a hash: each of the shorter looked up in the longer. Asked of
     * every kept file at each commit that adds or removes a path, which mostly names a few types.
     */
    private static boolean anyIn(int[] hashes, int[] wanted) {
      int[] shorter = hashes.length < wanted.length ? hashes : wanted;
      int[] longer = shorter == hashes ? wanted : hashes;
      for (int hash : shorter) {
        if (Arrays.binarySearch(longer, hash) >= 0) {
          return true;
        }
      }
      return false;
    }

    /** {@link String#hashCode} of {@code line}'s characters {@code [from, to)}, without a copy. */
    private static int hash(String line, int from, int to) {
      int hash = 0;
      for (int i = from; i < to; i++) {
        hash = 31 * hash + line.charAt(i);
      }
      return hash;
    }
  }

  /**
   * {@link Asked} by record (by identity: a history walk keeps one list per file version). Bounded:
   * emptied when it outgrows what a long walk keeps, so it never holds facts the cache has let go
   * of for long.
   */
  private static final class AskedMemo {
    private static final int MAX_RECORDS = 200_000;
    private final Map<List<String>, Asked> byRecord = new IdentityHashMap<>();

    synchronized Asked of(List<String> recorded) {
      Asked known = byRecord.get(recorded);
      if (known == null) {
        if (byRecord.size() >= MAX_RECORDS) {
          byRecord.clear();
        }
        known = Asked.of(recorded);
        byRecord.put(recorded, known);
      }
      return known;
    }
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

  /** Whether classes of other JVM languages live beside the Java files of {@code folder}. */
  boolean hasOtherJvmSources(String folder) {
    return foldersWithOtherJvmSources.contains(folder);
  }
}
