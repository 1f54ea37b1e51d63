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

  /**
   * {@code seeds} and every file that depends on a seed's module, transitively; {@code facts} gives
   * each path's module. A Java file reached passes the change on only when one of its classes
   * extends, or is annotated with, a type of the module that reached it: Java has no re-exports, so
   * what others see of it can change only through its supertypes and annotations (which make its
   * subclasses tests). Passing it on through every import reached every file of hibernate-orm from
   * one changed class: each Java file depends on its package, its package's parents and what it
   * imports.
   */
  Set<String> closure(Collection<String> seeds, Function<String, FileFacts> facts) {
    Set<String> reached = new HashSet<>(seeds);
    Set<String> passing = new HashSet<>(seeds);
    Deque<String> work = new ArrayDeque<>(seeds);
    Set<String> modulesDone = new HashSet<>();
    while (!work.isEmpty()) {
      FileFacts file = facts.apply(work.pop());
      if (file == null || file.module().isEmpty() || !modulesDone.add(file.module())) {
        continue;
      }
      for (String dependent : filesByModule.getOrDefault(file.module(), Set.of())) {
        reached.add(dependent);
        if (!passing.contains(dependent) && passesOn(facts.apply(dependent), file.module())) {
          passing.add(dependent);
          work.add(dependent);
        }
      }
    }
    return reached;
  }

  /** Whether a change to {@code module} can change what other files see of {@code file}. */
  private static boolean passesOn(FileFacts file, String module) {
    if (file == null || !file.language().moduleIsFolder()) {
      return true;
    }
    for (ClassFact cls : file.classes()) {
      if (anyUnder(cls.bases(), module)
          || anyUnder(cls.annotations(), module)
          || anyUnder(cls.methodAnnotations(), module)) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyUnder(Collection<String> names, String module) {
    for (String name : names) {
      if (name.equals(module)
          || name.length() > module.length()
              && name.startsWith(module)
              && name.charAt(module.length()) == '.') {
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
