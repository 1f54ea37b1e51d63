package dev.ssotgardener.audit;

import dev.ssotgardener.facts.Alias;
import dev.ssotgardener.facts.ClassFact;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.ImportFact;
import dev.ssotgardener.facts.Reference;
import dev.ssotgardener.lang.Dialect;
import dev.ssotgardener.lang.Dialects;
import dev.ssotgardener.workspace.FileEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files outside an audited folder that the audited files' names may lie in, found by path
 * alone, so that resolving against the whole repository parses only what resolution can reach: a
 * dotted name {@code a.b.c} and each of its prefixes is looked up as a path ending in {@code a/b/c}
 * (a module, a package's own file, a Java class, or a Java package's folder).
 */
final class NeededFiles {
  private final Map<String, List<FileEntry>> byKey = new HashMap<>();

  /**
   * @param outside the source files outside the audited folder
   */
  NeededFiles(Collection<FileEntry> outside) {
    for (FileEntry entry : outside) {
      for (String key : keys(entry.path())) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
      }
    }
  }

  /** Whether {@code path} is a source file a name can lie in. */
  static boolean isSource(String path) {
    return Dialects.forPath(path).isPresent();
  }

  /**
   * Every {@code /}-suffix of the file's module path (a package's own file counts as its folder),
   * and of its folder where that is a module too (a Java package).
   */
  private static Set<String> keys(String path) {
    Set<String> keys = new LinkedHashSet<>();
    Dialect dialect = Dialects.forPath(path).orElseThrow();
    suffixes(dialect.modulePath(path), keys);
    int slash = path.lastIndexOf('/');
    if (dialect.language().moduleIsFolder() && slash > 0) {
      suffixes(path.substring(0, slash), keys);
    }
    return keys;
  }

  private static void suffixes(String path, Set<String> keys) {
    if (path.isEmpty()) {
      return;
    }
    keys.add(path);
    for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
      keys.add(path.substring(slash + 1));
    }
  }

  /** The files {@code dotted} or one of its prefixes may lie in. */
  List<FileEntry> candidates(String dotted) {
    List<FileEntry> out = new ArrayList<>();
    String path = dotted.replace('.', '/');
    for (int slash = path.indexOf('/'); ; slash = path.indexOf('/', slash + 1)) {
      out.addAll(byKey.getOrDefault(slash < 0 ? path : path.substring(0, slash), List.of()));
      if (slash < 0) {
        return out;
      }
    }
  }

  /**
   * The names resolving {@code facts} may look up: what it imports, inherits and aliases, and, for
   * an audited file, every name it uses. Names in files outside the audited folder are followed
   * only through their imports, aliases and bases (re-exports and ancestors).
   */
  static Set<String> namesOf(FileFacts facts, boolean audited) {
    Set<String> names = new LinkedHashSet<>();
    for (ImportFact imp : facts.imports()) {
      names.add(imp.target());
      names.add(imp.module());
      if (imp.localTarget() != null) {
        names.add(imp.localTarget());
      }
    }
    for (ClassFact cls : facts.classes()) {
      names.addAll(cls.bases());
    }
    for (Alias alias : facts.aliases()) {
      names.add(alias.target());
    }
    if (audited) {
      for (Reference ref : facts.references()) {
        names.add(ref.qualifiedName());
      }
    }
    names.remove("");
    return names;
  }
}
