package dev.ssotgardener.rules;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.Reference;
import dev.ssotgardener.index.RepoIndex;
import dev.ssotgardener.policy.Truth;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code entrypoint}: code may not start a runner of its own ({@code unittest.main()}, {@code
 * pytest.main([...])}); tests run through the canonical runner.
 */
final class EntrypointRule implements FileRule {
  private final Truth truth;

  EntrypointRule(Truth truth) {
    this.truth = truth;
  }

  @Override
  public List<Violation> check(FileFacts file, RepoIndex index) {
    List<Violation> violations = new ArrayList<>();
    for (Reference ref : file.references()) {
      if (ref.usage() != Reference.Usage.CALL) {
        continue;
      }
      String called = index.canonicalName(ref.qualifiedName());
      if (truth.forbids().contains(called)) {
        violations.add(
            new Violation(
                file.path(),
                ref.span(),
                "starts its own runner %s; run tests through %s"
                    .formatted(called, String.join(" or ", truth.canonical()))));
      }
    }
    return violations;
  }
}
