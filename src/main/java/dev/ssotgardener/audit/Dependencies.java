package dev.ssotgardener.audit;

import dev.ssotgardener.facts.ClassFact;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.ImportFact;
import dev.ssotgardener.facts.Reference;
import dev.ssotgardener.index.RepoIndex;
import dev.ssotgardener.rules.QualifiedNames;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Which files' rule results can depend on which modules: a file depends on the module each of its
 * names resolves through first (the longest module prefix, where re-exports are looked up), and on
 * every Java package prefix (a package of only {@code package-info.java} makes names under it
 * opaque). Names are the file's own module, what it imports, references, and its classes' bases.
 * For Java it also keeps which top-level classes those names lie under, so a change to one class
 * reaches the files naming it rather than every file naming its package (see {@link #closure}).
 */
final class Dependencies {
  /** Files by the modules they depend on. */
  private final Edges byModule = new Edges();

  /**
   * Java files by the top-level classes their names lie under ({@code p.C} for {@code p.C.m}, in
   * package {@code p}), and by {@code p.*} for a package named whole (its own, or a wildcard
   * import). Kept by the name, not the class: a class that does not exist yet is named too.
   */
  private final Edges byClass = new Edges();

  /** Each file's names ({@link #names}), sorted: which lie under a module is a binary search. */
  private final Map<String, String[]> sortedNames = new HashMap<>();

  /**
   * Java files' supertypes and annotations ({@link #supertypesOf}), kept by path with the facts
   * they were read from: whether a change passes on through a file is asked of every file naming a
   * changed class, at every commit of a history walk.
   */
  private final Map<String, Supertypes> supertypes = new HashMap<>();

  /** Forgets everything and records the dependencies of every file of {@code index}. */
  void rebuild(RepoIndex index) {
    byModule.clear();
    byClass.clear();
    sortedNames.clear();
    supertypes.clear();
    index.files().forEach(file -> put(file, index));
  }

  /** Records (or replaces) the dependencies of {@code file} as {@code index} resolves them. */
  void put(FileFacts file, RepoIndex index) {
    Set<String> modules = new HashSet<>();
    Set<String> classes = new HashSet<>();
    boolean java = file.language().moduleIsFolder();
    Set<String> names = names(file);
    String[] sorted = names.toArray(String[]::new);
    Arrays.sort(sorted);
    sortedNames.put(file.path(), sorted);
    for (String name : names) {
      boolean longest = true;
      for (String prefix = name; !prefix.isEmpty(); prefix = parent(prefix)) {
        List<FileFacts> files = index.filesOf(prefix);
        if (files.isEmpty()) {
          continue;
        }
        if (longest || files.stream().anyMatch(f -> f.language().moduleIsFolder())) {
          modules.add(prefix);
        }
        if (longest && java) {
          classes.add(topLevelKey(prefix, name));
        }
        longest = false;
      }
    }
    byModule.put(file.path(), modules);
    byClass.put(file.path(), classes);
  }

  void remove(String path) {
    byModule.remove(path);
    byClass.remove(path);
    sortedNames.remove(path);
    supertypes.remove(path);
  }

  /** {@code p.C} for a name {@code p.C...} in package {@code p}; {@code p.*} for {@code p}. */
  private static String topLevelKey(String pkg, String name) {
    if (name.length() == pkg.length()) {
      return pkg + ".*";
    }
    int end = name.indexOf('.', pkg.length() + 1);
    return end < 0 ? name : name.substring(0, end);
  }

  /** {@link #closure(Collection, Set, Function)} with every seed judged by its whole module. */
  Set<String> closure(Collection<String> seeds, Function<String, FileFacts> facts) {
    return closure(seeds, Set.of(), facts);
  }

  /**
   * {@code seeds} and every file that depends on a seed, transitively; {@code facts} gives each
   * path's facts.
   *
   * <p>A file depends on a module it names; for Java that is too coarse to follow: every Java file
   * names its package and its package's parents, so one changed class of {@code org.hibernate}
   * reached every file of hibernate-orm. So a Java file that changes its package only by its own
   * classes ({@code narrow}: the caller tells which seeds, by {@link #changesOnlyItsClasses}; a
   * file a change passes through always does) reaches only the files of its package and those
   * naming one of its classes; and a Java file reached passes the change on only when one of its
   * classes extends, or is annotated with, a class of the file that reached it: Java has no
   * re-exports, so what others see of a file changes only through its supertypes and annotations
   * (which make its subclasses tests). Other seeds (a Java file whose package starts or stops
   * declaring types with it, or whose package declaration changed) and Python files reach every
   * file depending on their module, and pass changes on through every name.
   */
  Set<String> closure(
      Collection<String> seeds, Set<String> narrow, Function<String, FileFacts> facts) {
    Set<String> reached = new HashSet<>(seeds);
    Set<String> passing = new HashSet<>(seeds);
    Deque<String> work = new ArrayDeque<>(seeds);
    Set<String> modulesDone = new HashSet<>();
    while (!work.isEmpty()) {
      String path = work.pop();
      FileFacts file = facts.apply(path);
      if (file == null || file.module().isEmpty()) {
        continue;
      }
      List<String> through;
      Set<String> dependents = new HashSet<>();
      if (file.language().moduleIsFolder() && (!seeds.contains(path) || narrow.contains(path))) {
        through = file.classes().stream().map(ClassFact::qualifiedName).toList();
        dependents.addAll(byClass.get(file.module() + ".*"));
        through.forEach(c -> dependents.addAll(byClass.get(topLevelKey(file.module(), c))));
      } else if (modulesDone.add(file.module())) {
        through = null;
        dependents.addAll(byModule.get(file.module()));
      } else {
        continue;
      }
      for (String dependent : dependents) {
        FileFacts other = facts.apply(dependent);
        reached.add(dependent);
        if (!passing.contains(dependent)
            && passesOn(dependent, other, through == null ? List.of(file.module()) : through)) {
          passing.add(dependent);
          work.add(dependent);
        }
      }
    }
    return reached;
  }

  /**
   * Whether a change to {@code names} (a module, or classes) can change what other files see of
   * {@code file}, at {@code path}: for a Java file, whether a supertype or annotation of its
   * classes lies within one of them.
   */
  private boolean passesOn(String path, FileFacts file, List<String> names) {
    if (file == null || !file.language().moduleIsFolder()) {
      return true;
    }
    Supertypes known = supertypes.get(path);
    if (known == null || known.of() != file) {
      known = new Supertypes(file, supertypesOf(file));
      supertypes.put(path, known);
    }
    for (String name : names) {
      if (hasWithin(known.sorted(), name)) {
        return true;
      }
    }
    return false;
  }

  /** The bases and annotations of a file's classes and the annotations of their methods, sorted. */
  private static String[] supertypesOf(FileFacts file) {
    Set<String> all = new HashSet<>();
    for (ClassFact cls : file.classes()) {
      all.addAll(cls.bases());
      all.addAll(cls.annotations());
      all.addAll(cls.methodAnnotations());
    }
    String[] sorted = all.toArray(String[]::new);
    Arrays.sort(sorted);
    return sorted;
  }

  /**
   * Whether sorted {@code names} hold {@code prefix} or a name under it ({@link
   * QualifiedNames#within}): all names starting with it follow its place, those under it among
   * them.
   */
  private static boolean hasWithin(String[] names, String prefix) {
    int at = Arrays.binarySearch(names, prefix);
    if (at >= 0) {
      return true;
    }
    for (int i = -at - 1; i < names.length && names[i].startsWith(prefix); i++) {
      if (names[i].charAt(prefix.length()) == '.') {
        return true;
      }
    }
    return false;
  }

  /** A Java file's {@link #supertypesOf} and the facts they were read from. */
  private record Supertypes(FileFacts of, String[] sorted) {}

  /**
   * Whether a Java file's change from {@code before} to {@code after} (null where the file is
   * absent) can reach others only through its classes: what its package holds changes by those
   * classes alone. It kept its package and declares types before and after; or it was added,
   * declaring types, to a package that declared some in {@code was}; or it was removed from one
   * that still declares some in {@code is}. Whether a package declares any types is what makes
   * names under it opaque; a package that appears or vanishes is followed by the names under it.
   */
  static boolean changesOnlyItsClasses(
      FileFacts before, FileFacts after, RepoIndex was, RepoIndex is) {
    if (before == null) {
      return after != null
          && after.language().moduleIsFolder()
          && !after.classes().isEmpty()
          && declaresTypes(was, after.module());
    }
    if (after == null) {
      return before.language().moduleIsFolder() && declaresTypes(is, before.module());
    }
    return before.language().moduleIsFolder()
        && after.language().moduleIsFolder()
        && before.module().equals(after.module())
        && !before.classes().isEmpty()
        && !after.classes().isEmpty();
  }

  private static boolean declaresTypes(RepoIndex index, String pkg) {
    return index.filesOf(pkg).stream()
        .anyMatch(f -> f.language().moduleIsFolder() && !f.classes().isEmpty());
  }

  /** Whether a name of {@code file} is one of {@code modules} or lies under one. */
  static boolean namesUnder(FileFacts file, Set<String> modules) {
    return anyName(file, name -> QualifiedNames.firstContaining(name, modules) != null);
  }

  /**
   * The files recorded ({@link #put}) with a name that is one of {@code modules} or lies under one,
   * by the names they had when recorded: asked of a whole tree whenever a module appears, so
   * answered by binary search in each file's sorted names.
   */
  Set<String> naming(Set<String> modules) {
    Set<String> paths = new HashSet<>();
    sortedNames.forEach(
        (path, names) -> {
          for (String module : modules) {
            if (hasWithin(names, module)) {
              paths.add(path);
              return;
            }
          }
        });
    return paths;
  }

  private static Set<String> names(FileFacts file) {
    Set<String> names = new HashSet<>();
    anyName(
        file,
        name -> {
          names.add(name);
          return false;
        });
    return names;
  }

  /**
   * Whether {@code test} holds for a name of {@code file}: its module, what it imports, references,
   * and its classes and their bases. Asks every name while {@code test} is false.
   */
  private static boolean anyName(FileFacts file, Predicate<String> asked) {
    Predicate<String> test = name -> name != null && asked.test(name);
    if (test.test(file.module())) {
      return true;
    }
    for (ImportFact imp : file.imports()) {
      if (test.test(imp.target())
          || test.test(imp.module())
          || imp.member() != null && test.test(imp.module() + "." + imp.member())
          || test.test(imp.localTarget())) {
        return true;
      }
    }
    for (Reference ref : file.references()) {
      if (test.test(ref.qualifiedName())) {
        return true;
      }
    }
    for (ClassFact cls : file.classes()) {
      if (test.test(cls.qualifiedName()) || cls.bases().stream().anyMatch(test)) {
        return true;
      }
    }
    return false;
  }

  private static String parent(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(0, dot);
  }

  /** Paths and the keys they depend on, both ways. */
  private static final class Edges {
    private final Map<String, Set<String>> keysByPath = new HashMap<>();
    private final Map<String, Set<String>> pathsByKey = new HashMap<>();

    void clear() {
      keysByPath.clear();
      pathsByKey.clear();
    }

    void put(String path, Set<String> keys) {
      remove(path);
      keysByPath.put(path, keys);
      keys.forEach(k -> pathsByKey.computeIfAbsent(k, x -> new HashSet<>()).add(path));
    }

    void remove(String path) {
      Set<String> keys = keysByPath.remove(path);
      if (keys != null) {
        for (String key : keys) {
          Set<String> paths = pathsByKey.get(key);
          paths.remove(path);
          if (paths.isEmpty()) {
            pathsByKey.remove(key);
          }
        }
      }
    }

    Set<String> get(String key) {
      return pathsByKey.getOrDefault(key, Set.of());
    }
  }
}
