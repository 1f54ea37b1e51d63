package dev.ssotgardener.rules;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.Suppression;
import dev.ssotgardener.index.RepoIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code invalid-suppression}: a suppression must name known ids and say why. One that does not is
 * reported and suppresses nothing, so a typo never hides a finding.
 */
final class InvalidSuppressionRule implements FileRule {
  private final SuppressionValidity validity;

  InvalidSuppressionRule(SuppressionValidity validity) {
    this.validity = validity;
  }

  @Override
  public List<Violation> check(FileFacts file, RepoIndex index) {
    List<Violation> violations = new ArrayList<>();
    for (Suppression s : file.suppressions()) {
      if (s.origin() != Suppression.Origin.SSOT) {
        continue; // another tool's marker: honored or not, it is that tool's to check
      }
      if (s.ids().isEmpty()) {
        violations.add(
            new Violation(
                file.path(),
                s.span(),
                "suppression names no id; write ssot: ignore[<id>] <reason>",
                "which finding it meant to suppress is unknown"));
      }
      for (String id : s.ids()) {
        if (!validity.knows(id)) {
          violations.add(
              new Violation(
                  file.path(),
                  s.span(),
                  "suppression names unknown id '%s'".formatted(id),
                  "'%s' is no truth or check id; correct it to the id meant".formatted(id)));
        }
      }
      if (s.reason().isBlank()) {
        violations.add(
            new Violation(
                file.path(),
                s.span(),
                "suppression of %s gives no reason; it has no effect until it says why"
                    .formatted(String.join(", ", s.ids())),
                "only a person can write why the finding is suppressed"));
      }
    }
    return violations;
  }
}
