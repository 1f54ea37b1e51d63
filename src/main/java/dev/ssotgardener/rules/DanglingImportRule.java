package dev.ssotgardener.rules;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.ImportFact;
import dev.ssotgardener.facts.Span;
import dev.ssotgardener.finding.Fix;
import dev.ssotgardener.finding.FixLevel;
import dev.ssotgardener.finding.Remedy;
import dev.ssotgardener.index.RepoIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code dangling-imports}: an import of a repository module or symbol that does not exist, the
 * "legacy module removed while still imported" regression. Only names whose top-level package is
 * part of the repository are judged; an import guarded by {@code except ImportError} is optional by
 * design and skipped, and so is a missing submodule of a namespace package (a folder without a
 * package file), which other distributions may extend, unless the policy declares it closed. One
 * finding per import statement.
 */
final class DanglingImportRule implements FileRule {
  private final List<String> closedNamespaces;

  /**
   * @param closedNamespaces the namespace packages the policy declares closed
   */
  DanglingImportRule(List<String> closedNamespaces) {
    this.closedNamespaces = List.copyOf(closedNamespaces);
  }

  @Override
  public List<Violation> check(FileFacts file, RepoIndex index) {
    Map<Span, List<String>> problemsByStatement = new LinkedHashMap<>();
    Map<Span, List<ImportFact>> danglingByStatement = new LinkedHashMap<>();
    for (ImportFact imp : file.imports()) {
      if (imp.guarded() || !index.isLocal(imp.module())) {
        continue;
      }
      String problem = problem(imp, index);
      if (problem != null) {
        List<String> problems =
            problemsByStatement.computeIfAbsent(imp.span(), s -> new ArrayList<>());
        danglingByStatement.computeIfAbsent(imp.span(), s -> new ArrayList<>()).add(imp);
        if (!problems.contains(problem)) {
          problems.add(problem);
        }
      }
    }
    List<Violation> violations = new ArrayList<>();
    problemsByStatement.forEach(
        (span, problems) ->
            violations.add(
                new Violation(
                    file.path(),
                    span,
                    String.join("; ", problems),
                    remedy(file, danglingByStatement.get(span)))));
    return violations;
  }

  /** Removes the missing names when nothing in the file uses them. */
  private static Remedy remedy(FileFacts file, List<ImportFact> dangling) {
    for (ImportFact imp : dangling) {
      Optional<String> kept = FixEdits.keptBecause(file, imp);
      if (kept.isPresent()) {
        return Remedy.none(kept.get());
      }
      if (FixEdits.usedOutside(file, imp.localName(), List.of())) {
        return Remedy.none(
            "the missing names are still used: %s is used in this file".formatted(imp.localName()));
      }
    }
    return Remedy.of(
        new Fix(
            "remove the unused import of missing code",
            FixEdits.removeNames(file, dangling),
            FixLevel.SAFE));
  }

  private String problem(ImportFact imp, RepoIndex index) {
    if (index.isOpaque(imp.module())) {
      return null;
    }
    if (!index.isModule(imp.module()) && index.classNamed(imp.module()).isEmpty()) {
      if (index.inOpenNamespace(imp.module(), closedNamespaces)) {
        // a PEP 420 namespace package is shared: another distribution may provide the submodule
        return null;
      }
      return "imports %s, but module %s does not exist in this repository"
          .formatted(imp.target(), imp.module());
    }
    if (index.isNamespacePackage(imp.module())) {
      // `from alembic import op` beside a local alembic/ folder of migrations: a folder without
      // a package file loses to an installed package of the same name, so its members prove
      // nothing.
      return null;
    }
    if (imp.member() != null && !imp.wildcard() && !index.defines(imp.module(), imp.member())) {
      return "imports %s, but %s does not define %s"
          .formatted(imp.target(), imp.module(), imp.member());
    }
    return null;
  }
}
