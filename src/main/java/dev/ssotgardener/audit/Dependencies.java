package dev.ssotgardener.audit;

import dev.ssotgardener.facts.ClassFact;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.ImportFact;
import dev.ssotgardener.facts.Reference;
import dev.ssotgardener.index.RepoIndex;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which files' rule results can depend on which modules: a file depends on the module each of its
 * names resolves through first (the longest module prefix, where re-exports are looked up), and on
 * every Java package prefix (a package of only {@code package-info.java} makes names under it
 * opaque). Names are the file's own module, what it imports, references, and its classes' bases.
 */
final class Dependencies {
  private final Map<String, Set<String>> modulesByFile = new HashMap<>();
  private final Map<String, Set<String>> filesByModule = new HashMap<>();

  /** Forgets everything and records the dependencies of every file of {@code index}. */
  void rebuild(RepoIndex index) {
    modulesByFile.clear();
    filesByModule.clear();
    index.files().forEach(file -> put(file, index));
  }

  /** Records (or replaces) the dependencies of {@code file} as {@code index} resolves them. */
  void put(FileFacts file, RepoIndex index) {
    remove(file.path());
    Set<String> modules = new HashSet<>();
    for (String name : names(file)) {
      boolean longest = true;
      for (String prefix = name; !prefix.isEmpty(); prefix = parent(prefix)) {
        List<FileFacts> files = index.filesOf(prefix);
        if (files.isEmpty()) {
          continue;
        }
        if (longest || files.stream().anyMatch(f -> f.language().moduleIsFolder())) {
          modules.add(prefix);
        }
        longest = false;
      }
    }
    modulesByFile.put(file.path(), modules);
    modules.forEach(m -> filesByModule.computeIfAbsent(m, k -> new HashSet<>()).add(file.path()));
  }

  void remove(String path) {
    Set<String> modules = modulesByFile.remove(path);
    if (modules != null) {
      for (String module : modules) {
        Set<String> files = filesByModule.get(module);
        files.remove(path);
        if (files.isEmpty()) {
          filesByModule.remove(module);
        }
      }
    }
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
   * reached every file of hibernate-orm. So a Java file whose package is what it was ({@code
   * byClass}: the caller knows which seeds kept theirs; a file a change passes through always has)
   * reaches only the files of its package and those naming one of its classes; and a Java file
   * reached passes the change on only when one of its classes extends, or is annotated with, a
   * class of the file that reached it: Java has no re-exports, so what others see of a file changes
   * only through its supertypes and annotations (which make its subclasses tests). Other seeds (a
   * Java file added, removed or moved to another package, which may change what its package holds)
   * and Python files reach every file depending on their module, and pass changes on through every
   * name.
   */
  Set<String> closure(
      Collection<String> seeds, Set<String> byClass, Function<String, FileFacts> facts) {
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
      if (file.language().moduleIsFolder() && (!seeds.contains(path) || byClass.contains(path))) {
        through = file.classes().stream().map(ClassFact::qualifiedName).toList();
      } else if (modulesDone.add(file.module())) {
        through = null;
      } else {
        continue;
      }
      for (String dependent : filesByModule.getOrDefault(file.module(), Set.of())) {
        FileFacts other = facts.apply(dependent);
        if (through != null && other != null && !namesAny(other, file.module(), through)) {
          continue;
        }
        reached.add(dependent);
        if (!passing.contains(dependent)
            && passesOn(other, through == null ? List.of(file.module()) : through)) {
          passing.add(dependent);
          work.add(dependent);
        }
      }
    }
    return reached;
  }

  /**
   * Whether Java {@code file} is in {@code module}, imports all of it, or names one of {@code
   * classes} or something within one.
   */
  private static boolean namesAny(FileFacts file, String module, List<String> classes) {
    if (file.module().equals(module)) {
      return true;
    }
    for (ImportFact imp : file.imports()) {
      if (imp.wildcard() && module.equals(imp.target())
          || under(imp.target(), classes)
          || imp.member() != null && under(imp.module() + "." + imp.member(), classes)
          || under(imp.localTarget(), classes)) {
        return true;
      }
    }
    for (Reference ref : file.references()) {
      if (under(ref.qualifiedName(), classes)) {
        return true;
      }
    }
    for (ClassFact cls : file.classes()) {
      if (anyUnder(cls.bases(), classes)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a change to {@code names} (a module, or classes) can change what other files see of
   * {@code file}.
   */
  private static boolean passesOn(FileFacts file, List<String> names) {
    if (file == null || !file.language().moduleIsFolder()) {
      return true;
    }
    for (ClassFact cls : file.classes()) {
      if (anyUnder(cls.bases(), names)
          || anyUnder(cls.annotations(), names)
          || anyUnder(cls.methodAnnotations(), names)) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyUnder(Collection<String> names, List<String> prefixes) {
    for (String name : names) {
      if (under(name, prefixes)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code name} is one of {@code prefixes} or lies under one; null is neither. */
  private static boolean under(String name, List<String> prefixes) {
    for (String prefix : prefixes) {
      if (name != null
          && (name.equals(prefix)
              || name.length() > prefix.length()
                  && name.startsWith(prefix)
                  && name.charAt(prefix.length()) == '.')) {
        return true;
      }
    }
    return false;
  }

  /** Whether a name of {@code file} is one of {@code modules} or lies under one. */
  static boolean namesUnder(FileFacts file, Set<String> modules) {
    for (String name : names(file)) {
      for (String prefix = name; !prefix.isEmpty(); prefix = parent(prefix)) {
        if (modules.contains(prefix)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<String> names(FileFacts file) {
    Set<String> names = new HashSet<>();
    names.add(file.module());
    for (ImportFact imp : file.imports()) {
      names.add(imp.target());
      names.add(imp.module());
      if (imp.member() != null) {
        names.add(imp.module() + "." + imp.member());
      }
      if (imp.localTarget() != null) {
        names.add(imp.localTarget());
      }
    }
    for (Reference ref : file.references()) {
      names.add(ref.qualifiedName());
    }
    for (ClassFact cls : file.classes()) {
      names.add(cls.qualifiedName());
      names.addAll(cls.bases());
    }
    names.remove(null);
    return names;
  }

  private static String parent(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(0, dot);
  }
}
