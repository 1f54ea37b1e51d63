package dev.ssotgardener.rules;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.ImportFact;
import dev.ssotgardener.facts.Reference;
import dev.ssotgardener.facts.Span;
import dev.ssotgardener.index.RepoIndex;
import dev.ssotgardener.policy.Truth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code import}: the forbidden modules and symbols may not be imported. An import that binds a
 * forbidden name is reported once; a forbidden name reached through an allowed import ({@code
 * import unittest} then {@code unittest.mock.patch}) is reported where it is used; a use that came
 * through a reported import (a binding or a wildcard) is not reported again.
 */
final class ImportRule implements FileRule {
  private final Truth truth;

  ImportRule(Truth truth) {
    this.truth = truth;
  }

  @Override
  public List<Violation> check(FileFacts file, RepoIndex index) {
    List<Violation> violations = new ArrayList<>();
    Set<String> flaggedBindings = new HashSet<>();
    Set<String> flaggedWildcards = new HashSet<>();
    Set<Span> reportedSpans = new HashSet<>();
    for (ImportFact imp : file.imports()) {
      String forbidden =
          QualifiedNames.firstContaining(index.canonicalName(imp.target()), truth.forbids());
      if (forbidden == null) {
        continue;
      }
      if (imp.localName() != null) {
        flaggedBindings.add(imp.localName());
      }
      if (imp.wildcard()) {
        flaggedWildcards.add(imp.target());
      }
      // `from unittest.mock import Mock, patch` is one statement: one finding.
      if (reportedSpans.add(imp.span())) {
        violations.add(new Violation(file.path(), imp.span(), message(forbidden)));
      }
    }
    for (Reference ref : file.references()) {
      String head = ref.text().split("\\.", 2)[0];
      String forbidden =
          QualifiedNames.firstContaining(index.canonicalName(ref.qualifiedName()), truth.forbids());
      // a use that came in through an import already reported is not a second finding
      boolean throughFlagged =
          flaggedBindings.contains(head)
              || QualifiedNames.firstContaining(ref.qualifiedName(), flaggedWildcards) != null;
      if (forbidden != null && !throughFlagged) {
        violations.add(new Violation(file.path(), ref.span(), message(forbidden)));
      }
    }
    return violations;
  }

  private String message(String forbidden) {
    String use =
        truth.canonical().isEmpty() ? "" : "; use " + String.join(" or ", truth.canonical());
    return "imports %s%s".formatted(forbidden, use);
  }
}
