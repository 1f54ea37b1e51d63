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
 * import unittest} then {@code unittest.mock.patch}) is reported where it is used.
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
      // `from unittest.mock import Mock, patch` is one statement: one finding.
      if (reportedSpans.add(imp.span())) {
        violations.add(new Violation(file.path(), imp.span(), message(forbidden)));
      }
    }
    for (Reference ref : file.references()) {
      String head = ref.text().split("\\.", 2)[0];
      String forbidden =
          QualifiedNames.firstContaining(index.canonicalName(ref.qualifiedName()), truth.forbids());
      if (forbidden != null && !flaggedBindings.contains(head)) {
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
