package dev.ssotgardener.rules;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.Reference;
import dev.ssotgardener.index.RepoIndex;
import dev.ssotgardener.policy.NamePatterns;
import dev.ssotgardener.policy.Truth;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code factory}: the forbidden classes may only be built by the canonical factory, so a direct
 * construction anywhere else is a violation.
 */
final class FactoryRule implements FileRule {
  private final Truth truth;
  private final NamePatterns forbidden;

  FactoryRule(Truth truth) {
    this.truth = truth;
    this.forbidden = truth.forbidden();
  }

  @Override
  public List<Violation> check(FileFacts file, RepoIndex index) {
    List<Violation> violations = new ArrayList<>();
    for (Reference ref : file.references()) {
      if (ref.usage() != Reference.Usage.CALL && ref.usage() != Reference.Usage.NEW) {
        continue;
      }
      String constructed = index.canonicalName(ref.qualifiedName());
      if (forbidden.matchesWhole(constructed)) {
        violations.add(
            new Violation(
                file.path(),
                ref.span(),
                "constructs %s directly; use %s"
                    .formatted(
                        QualifiedNames.simpleName(constructed),
                        String.join(" or ", truth.canonical())),
                "the call's arguments are %s's, not the factory's: which factory arguments they"
                        .formatted(QualifiedNames.simpleName(constructed))
                    + " become is a person's call"));
      }
    }
    return violations;
  }
}
