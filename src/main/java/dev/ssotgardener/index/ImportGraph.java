package dev.ssotgardener.index;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.ImportFact;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which repository file imports which: Python modules and Java packages and classes, resolved to
 * the files that define them. Used to find the tests that protect a change.
 */
public final class ImportGraph {
  private final Map<String, Set<String>> importsByFile;
  private final Map<String, Set<String>> importersByFile;

  private ImportGraph(Map<String, Set<String>> importsByFile) {
    Map<String, Set<String>> importers = new HashMap<>();
    importsByFile.forEach(
        (from, targets) ->
            targets.forEach(to -> importers.computeIfAbsent(to, t -> new TreeSet<>()).add(from)));
    this.importsByFile = importsByFile;
    this.importersByFile = importers;
  }

  public static ImportGraph of(RepoIndex index) {
    Map<String, Set<String>> imports = new HashMap<>();
    for (FileFacts file : index.files()) {
      Set<String> targets = new TreeSet<>();
      for (ImportFact imp : file.imports()) {
        fileOf(index, imp.target())
            .or(() -> fileOf(index, imp.module()))
            .filter(path -> !path.equals(file.path()))
            .ifPresent(targets::add);
      }
      imports.put(file.path(), targets);
    }
    return new ImportGraph(imports);
  }

  /** The file defining a module, a class, or the module that contains a member. */
  private static Optional<String> fileOf(RepoIndex index, String name) {
    if (!index.isLocal(name)) {
      return Optional.empty();
    }
    List<FileFacts> files = index.filesOf(name);
    if (files.size() == 1) {
      return Optional.of(files.get(0).path());
    }
    return index.pathOf(name);
  }

  /** The repository files {@code path} imports directly. */
  public Set<String> importsOf(String path) {
    return Collections.unmodifiableSet(importsByFile.getOrDefault(path, Set.of()));
  }

  /** The repository files that import {@code path} directly. */
  public Set<String> importersOf(String path) {
    return Collections.unmodifiableSet(importersByFile.getOrDefault(path, Set.of()));
  }
}
