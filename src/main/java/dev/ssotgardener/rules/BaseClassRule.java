package dev.ssotgardener.rules;

import dev.ssotgardener.facts.ClassFact;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.index.RepoIndex;
import dev.ssotgardener.policy.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code base-class}: every test class must inherit one of the canonical bases, directly or through
 * repository classes. A test class is one that inherits a {@code replaces} base, carries test
 * methods, or is named like one ({@code TestX}, {@code XTest}, {@code XTests}).
 */
final class BaseClassRule implements FileRule {
  private final Truth truth;

  BaseClassRule(Truth truth) {
    this.truth = truth;
  }

  @Override
  public List<Violation> check(FileFacts file, RepoIndex index) {
    List<Violation> violations = new ArrayList<>();
    for (ClassFact cls : file.classes()) {
      if (truth.canonical().contains(cls.qualifiedName())) {
        continue;
      }
      Set<String> ancestors = index.ancestors(cls.qualifiedName());
      if (ancestors.stream().anyMatch(a -> truth.canonical().contains(a))) {
        continue;
      }
      String replaced =
          truth.replaces().stream().filter(ancestors::contains).findFirst().orElse(null);
      if (replaced != null) {
        violations.add(
            new Violation(
                file.path(),
                cls.span(),
                "class %s inherits %s; inherit %s"
                    .formatted(cls.name(), replaced, canonicalList())));
      } else if (cls.hasTestMethods() || TestClassNames.looksLikeTest(cls.name())) {
        violations.add(
            new Violation(
                file.path(),
                cls.span(),
                "test class %s does not inherit %s".formatted(cls.name(), canonicalList())));
      }
    }
    return violations;
  }

  private String canonicalList() {
    return truth.canonical().size() == 1
        ? truth.canonical().get(0)
        : "one of " + String.join(", ", truth.canonical());
  }
}
