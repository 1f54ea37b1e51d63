package dev.ssotgardener.rules;

import dev.ssotgardener.facts.ClassFact;
import dev.ssotgardener.index.RepoIndex;
import dev.ssotgardener.policy.GlobSet;
import dev.ssotgardener.policy.Truth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code single-definition}: one definition of a concept in the whole repository. Every class whose
 * simple name matches {@code names}, other than the canonical one, its subclasses (which extend the
 * truth rather than duplicate it) and test classes ({@code TestUserExecutionEngine}), is a second
 * definition.
 */
final class SingleDefinitionRule implements RepositoryRule {
  /** {@code TestUserExecutionEngine} is a test's stand-in for the engine, not another engine. */
  private static final Pattern TEST_PREFIX = Pattern.compile("Test([A-Z0-9_].*)?");

  private final Truth truth;
  private final GlobSet names;

  SingleDefinitionRule(Truth truth) {
    this.truth = truth;
    this.names = GlobSet.of(truth.names());
  }

  @Override
  public List<Violation> check(RepoIndex index) {
    List<Violation> violations = new ArrayList<>();
    // Few classes match the names: filter before sorting (the index may hold 100k classes, and a
    // history walk asks once per commit).
    List<ClassFact> classes = new ArrayList<>();
    for (ClassFact cls : index.classes()) {
      if (names.matches(cls.name())) {
        classes.add(cls);
      }
    }
    classes.sort(Comparator.comparing(ClassFact::qualifiedName));
    for (ClassFact cls : classes) {
      if (truth.canonical().contains(cls.qualifiedName())
          || TEST_PREFIX.matcher(cls.name()).matches()) {
        continue;
      }
      if (index.ancestors(cls.qualifiedName()).stream()
          .anyMatch(a -> truth.canonical().contains(a))) {
        continue;
      }
      String path = index.pathOf(cls.qualifiedName()).orElseThrow();
      violations.add(
          new Violation(
              path,
              cls.span(),
              "defines %s again; %s is the single definition"
                  .formatted(cls.name(), String.join(" or ", truth.canonical())),
              "merging %s into %s needs a person: what the second definition adds is unknown"
                  .formatted(cls.name(), String.join(" or ", truth.canonical()))));
    }
    return violations;
  }
}
