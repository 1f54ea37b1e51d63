package dev.ssotgardener.rules;

import dev.ssotgardener.policy.BuiltinCheck;
import dev.ssotgardener.policy.GlobSet;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.Scope;
import dev.ssotgardener.policy.Severity;
import dev.ssotgardener.policy.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the rules a policy asks for: one per truth, plus the enabled built-in checks. */
public final class RuleFactory {
  private RuleFactory() {}

  public static List<ActiveRule> forPolicy(Policy policy) {
    List<ActiveRule> rules = new ArrayList<>();
    for (Truth truth : policy.truths()) {
      rules.add(
          new ActiveRule(
              truth.id(),
              truth.kind().id(),
              truth.severity(),
              truth.scope(),
              truth.allow(),
              Optional.of(truth),
              forTruth(truth, policy.tests(), new TestClasses(policy.testClassNames()))));
    }
    for (Map.Entry<BuiltinCheck, Severity> check : policy.checks().entrySet()) {
      if (check.getKey().readsHistory()) {
        continue;
      }
      rules.add(
          new ActiveRule(
              check.getKey().id(),
              check.getKey().kind(),
              check.getValue(),
              new Scope.All(),
              GlobSet.none(),
              Optional.empty(),
              forCheck(check.getKey(), policy)));
    }
    rules.sort(java.util.Comparator.comparing(ActiveRule::id));
    return rules;
  }

  /** Exhaustive on purpose: a new truth kind without a rule does not compile. */
  static Rule forTruth(Truth truth, GlobSet tests, TestClasses testClasses) {
    return switch (truth.kind()) {
      case BASE_CLASS -> new BaseClassRule(truth, testClasses);
      case IMPORT -> new ImportRule(truth);
      case API -> new ApiRule(truth);
      case ENTRYPOINT -> new EntrypointRule(truth, tests, testClasses);
      case SINGLE_DEFINITION -> new SingleDefinitionRule(truth);
      case FACTORY -> new FactoryRule(truth);
    };
  }

  private static Rule forCheck(BuiltinCheck check, Policy policy) {
    return switch (check) {
      case CONFLICT_MARKERS -> new ConflictMarkerRule();
      case DANGLING_IMPORTS -> new DanglingImportRule(policy.closedNamespaces());
      case UNPARSABLE -> new UnparsableRule();
      case INVALID_SUPPRESSION -> new InvalidSuppressionRule(new SuppressionValidity(policy));
      case LOSSY_MERGE -> throw new IllegalArgumentException(check.id() + " reads merge commits");
    };
  }
}
