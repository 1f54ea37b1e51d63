package dev.ssotgardener.rules;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.ImportFact;
import dev.ssotgardener.facts.Reference;
import dev.ssotgardener.facts.Span;
import dev.ssotgardener.finding.Fix;
import dev.ssotgardener.finding.FixLevel;
import dev.ssotgardener.finding.Remedy;
import dev.ssotgardener.finding.TextEdit;
import dev.ssotgardener.index.RepoIndex;
import dev.ssotgardener.lang.Dialects;
import dev.ssotgardener.policy.Truth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code import}: the forbidden modules and symbols may not be imported. An import that binds a
 * forbidden name is reported once ("imports"); a forbidden name reached through an allowed import
 * ({@code import unittest} then {@code unittest.mock.patch}) is reported where it is used ("uses");
 * a use that came through a reported import (a binding or a wildcard) is not reported again. A name
 * reached only through a canonical or an allowed module is compliant ({@link ForbiddenNames}).
 */
final class ImportRule implements FileRule {
  private final Truth truth;
  private final ForbiddenNames forbiddenNames;

  ImportRule(Truth truth) {
    this.truth = truth;
    this.forbiddenNames = new ForbiddenNames(truth);
  }

  @Override
  public List<Violation> check(FileFacts file, RepoIndex index) {
    List<Violation> violations = new ArrayList<>();
    Set<String> flaggedBindings = new HashSet<>();
    Set<String> flaggedWildcards = new HashSet<>();
    // `from unittest.mock import Mock, patch` is one statement: one finding.
    Map<Span, List<ImportFact>> byStatement = new LinkedHashMap<>();
    Map<Span, String> firstImported = new LinkedHashMap<>();
    for (ImportFact imp : file.imports()) {
      String forbidden = forbiddenNames.reached(imp.target(), file, index);
      if (forbidden == null) {
        continue;
      }
      if (imp.localName() != null) {
        flaggedBindings.add(imp.localName());
      }
      if (imp.wildcard()) {
        flaggedWildcards.add(imp.target());
      }
      byStatement.computeIfAbsent(imp.span(), s -> new ArrayList<>()).add(imp);
      firstImported.putIfAbsent(imp.span(), imported(imp.target(), forbidden));
    }
    String advice = forbiddenNames.advice(file, index);
    byStatement.forEach(
        (span, imports) ->
            violations.add(
                new Violation(
                    file.path(),
                    span,
                    "imports " + firstImported.get(span) + advice,
                    remedy(file, imports))));
    Set<String> aliases = new HashSet<>();
    file.aliases().forEach(a -> aliases.add(a.name()));
    boolean anyBound = !flaggedBindings.isEmpty() || !aliases.isEmpty();
    for (Reference ref : file.references()) {
      // a use that came in through an import already reported is not a second finding, nor one
      // through a local alias, whose assignment is judged where it names the forbidden thing
      // (most files have neither: the head is cut only when asked, for every reference judged)
      boolean throughFlagged =
          anyBound && (flaggedBindings.contains(head(ref)) || aliases.contains(head(ref)))
              || QualifiedNames.firstContaining(ref.qualifiedName(), flaggedWildcards) != null;
      String forbidden =
          throughFlagged ? null : forbiddenNames.reached(ref.qualifiedName(), file, index);
      if (forbidden != null) {
        violations.add(
            new Violation(
                file.path(),
                ref.span(),
                "uses " + forbidden + advice,
                "the use reaches %s through %s, which the file may still need for more; no edit"
                        .formatted(forbidden, head(ref))
                    + " is known for a use alone"));
      }
    }
    return violations;
  }

  /** The first name of a reference as written: {@code os} of {@code os.environ.get}. */
  private static String head(Reference ref) {
    String text = ref.text();
    int dot = text.indexOf('.');
    return dot < 0 ? text : text.substring(0, dot);
  }

  /**
   * What an import brought in, and the forbidden entry it falls under when that is not the name
   * itself: {@code org.junit.Assert.assertEquals (in org.junit)} says which class a reader must
   * replace; {@code app.relay.client, which comes from boto3} when it reaches the entry through a
   * re-export.
   */
  private static String imported(String target, String forbidden) {
    if (target.equals(forbidden)) {
      return target;
    }
    return QualifiedNames.within(target, forbidden)
        ? target + " (in " + forbidden + ")"
        : target + ", which comes from " + forbidden;
  }

  /**
   * Rewrites each forbidden name the policy maps ({@code rewrite:}) under the same local name, and
   * removes those nothing in the file uses; no fix when any name is neither.
   */
  private Remedy remedy(FileFacts file, List<ImportFact> imports) {
    List<ImportFact> removed = new ArrayList<>();
    List<String> added = new ArrayList<>();
    for (ImportFact imp : imports) {
      Optional<String> rewritten = rewrite(file, imp);
      if (rewritten.isPresent()) {
        added.add(rewritten.get());
        removed.add(imp);
        continue;
      }
      Optional<String> kept = FixEdits.keptBecause(file, imp);
      if (kept.isPresent()) {
        return Remedy.none(kept.get());
      }
      if (FixEdits.usedOutside(file, imp.localName(), List.of())) {
        return Remedy.none(
            mapping(imp) == null
                ? "the imported names are still used (%s) and the policy gives no rewrite:"
                        .formatted(imp.localName())
                    + " mapping for them"
                : "the imported names are still used (%s) and its rewrite: cannot bind that name"
                    .formatted(imp.localName()));
      }
      removed.add(imp);
    }
    Span statement = imports.get(0).span();
    List<TextEdit> edits = new ArrayList<>(FixEdits.removeNames(file, removed));
    if (!added.isEmpty()) {
      String indent = " ".repeat(statement.startColumn() - 1);
      String text = String.join("\n" + indent, added);
      TextEdit whole = new TextEdit(statement, "");
      if (edits.remove(whole)) {
        edits.add(new TextEdit(statement, text));
      } else {
        edits.add(
            FixEdits.insert(statement.endLine(), statement.endColumn(), "\n" + indent + text));
      }
    }
    String description =
        added.isEmpty() ? "remove the unused import" : "import " + String.join("; ", added);
    return Remedy.of(
        new Fix(description, edits, added.isEmpty() ? FixLevel.SAFE : FixLevel.DECISION));
  }

  /** The import statement that binds the same local name to the policy's replacement. */
  private Optional<String> rewrite(FileFacts file, ImportFact imp) {
    String key = mapping(imp);
    if (key == null || imp.wildcard() || imp.localName() == null) {
      return Optional.empty();
    }
    String target = truth.rewrite().get(key) + imp.target().substring(key.length());
    return Dialects.of(file.language()).flatMap(d -> d.rebindImport(imp, target));
  }

  /** The longest {@code rewrite:} key the import's target lies within; null: none. */
  private String mapping(ImportFact imp) {
    String key = null;
    for (String from : truth.rewrite().keySet()) {
      if (QualifiedNames.within(imp.target(), from)
          && (key == null || from.length() > key.length())) {
        key = from;
      }
    }
    return key;
  }
}
