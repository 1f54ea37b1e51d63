package dev.ssotgardener.report;

import dev.ssotgardener.policy.BuiltinCheck;
import dev.ssotgardener.policy.Severity;
import dev.ssotgardener.policy.Truth;
import dev.ssotgardener.policy.kinds.RuleDoc;
import java.util.Optional;

/**
 * The words every report uses for a truth or built-in check: a one-line description and help that
 * names the canonical replacement, so SARIF, HTML and Markdown say the same thing.
 */
public final class RuleTexts {
  private final ReportContext context;

  public RuleTexts(ReportContext context) {
    this.context = context;
  }

  /** One line: what the rule keeps true. */
  public String shortDescription(String id) {
    Optional<Truth> truth = context.truth(id);
    if (truth.isPresent()) {
      return truth.get().kind().descriptor().shortDescription(truth.get());
    }
    return BuiltinCheck.fromId(id).map(c -> c.descriptor().summary()).orElse(id);
  }

  /** What to do instead, naming the canonical replacement, plus the truth's business impact. */
  public String help(String id) {
    Optional<Truth> truth = context.truth(id);
    if (truth.isEmpty()) {
      return BuiltinCheck.fromId(id)
          .map(c -> c.descriptor().help())
          .orElse("See the finding's message.");
    }
    Truth t = truth.get();
    String help = t.kind().descriptor().help(t);
    return t.impact().isBlank() ? help : help + " Impact: " + t.impact().strip();
  }

  /** The user doc of the truth's kind or of the check, as Markdown; empty for an unknown id. */
  public Optional<String> doc(String id) {
    Optional<Truth> truth = context.truth(id);
    if (truth.isPresent()) {
      return Optional.of(RuleDoc.forTruth(truth.get()));
    }
    return BuiltinCheck.fromId(id).map(c -> c.descriptor().doc());
  }

  /** The business impact the policy declares, or what a built-in defect costs; empty if unknown. */
  public String impact(String id) {
    Optional<Truth> truth = context.truth(id);
    if (truth.isPresent()) {
      return truth.get().impact().strip();
    }
    return BuiltinCheck.fromId(id).map(c -> c.descriptor().impact()).orElse("");
  }

  public Severity defaultSeverity(String id) {
    Optional<Truth> truth = context.truth(id);
    if (truth.isPresent()) {
      return truth.get().severity();
    }
    return BuiltinCheck.fromId(id)
        .map(c -> context.policy().severityOf(c).orElse(c.defaultSeverity()))
        .orElse(Severity.ERROR);
  }
}
