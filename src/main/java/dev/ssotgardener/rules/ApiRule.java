package dev.ssotgardener.rules;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.Reference;
import dev.ssotgardener.index.RepoIndex;
import dev.ssotgardener.policy.Truth;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code api}: the forbidden attributes and functions may not be used, however they were imported
 * ({@code os.environ["X"]}, {@code environ.get} after {@code from os import environ}, {@code
 * getenv()} after {@code from os import getenv}).
 */
final class ApiRule implements FileRule {
  private final Truth truth;

  ApiRule(Truth truth) {
    this.truth = truth;
  }

  @Override
  public List<Violation> check(FileFacts file, RepoIndex index) {
    List<Violation> violations = new ArrayList<>();
    for (Reference ref : file.references()) {
      String forbidden =
          QualifiedNames.firstContaining(index.canonicalName(ref.qualifiedName()), truth.forbids());
      if (forbidden != null) {
        String use =
            truth.canonical().isEmpty() ? "" : "; use " + String.join(" or ", truth.canonical());
        violations.add(
            new Violation(file.path(), ref.span(), "uses %s%s".formatted(forbidden, use)));
      }
    }
    return violations;
  }
}
