package dev.ssotgardener.init;

import dev.ssotgardener.facts.Language;
import dev.ssotgardener.index.RepoIndex;
import dev.ssotgardener.init.Survey.TestClass;
import dev.ssotgardener.policy.TruthKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code base-class}: the repository class that most test classes of one language reach, directly
 * or through other repository classes, proposed when it is more than half of them; {@code replaces}
 * lists the framework bases (names holding {@code Test}) that the others extend directly. Only the
 * most derived test classes that extend some base count: a test base that is itself collected is
 * not a test of its own, and a plain pytest class chose no base to compare; but where most test
 * classes have no base, none is proposed.
 */
final class BaseClassInference {
  private final Survey survey;

  BaseClassInference(Survey survey) {
    this.survey = survey;
  }

  /** A base from outside the repository (a name left unresolved is not one) that says Test. */
  private static boolean isFrameworkBase(String name, RepoIndex index) {
    return name.contains(".") && !index.isLocal(name) && Survey.simpleName(name).contains("Test");
  }

  Outcome infer(Language language) {
    RepoIndex index = survey.index();
    List<TestClass> tests =
        survey.testClasses().stream().filter(t -> t.file().language() == language).toList();
    Set<String> extended = new HashSet<>();
    tests.forEach(t -> extended.addAll(index.ancestors(t.cls().qualifiedName())));
    List<TestClass> leaves =
        tests.stream()
            .filter(t -> !extended.contains(t.cls().qualifiedName()) && !t.cls().bases().isEmpty())
            .toList();
    // the truth reports a test class without a base too, so where those are most (pytest style)
    // a base would make the findings the majority: prefect's 1,715 plain test classes against 22
    // with a base, 15 of which reach BlockStandardTestSuite
    long plain =
        tests.stream()
            .filter(t -> !extended.contains(t.cls().qualifiedName()) && t.cls().bases().isEmpty())
            .count();
    String lang = language.name().toLowerCase(Locale.ROOT);
    if (plain >= leaves.size() && plain > 0) {
      return Outcome.none(
          "base-class: most "
              + lang
              + " test classes have no base ("
              + Survey.count(plain)
              + " of "
              + Survey.count(plain + leaves.size())
              + ")");
    }
    Map<String, Integer> reach = new HashMap<>();
    for (TestClass leaf : leaves) {
      for (String ancestor : index.ancestors(leaf.cls().qualifiedName())) {
        if (index.classNamed(ancestor).isPresent()) {
          reach.merge(ancestor, 1, Integer::sum);
        }
      }
    }
    String what = lang + " test classes with a base";
    if (reach.isEmpty()) {
      return Outcome.none(
          "base-class: no "
              + what
              + " extend a repository class ("
              + Survey.count(leaves.size())
              + " found)");
    }
    // most reached, then the most derived of equals (it adds to what its bases give), then by name
    String best =
        reach.keySet().stream()
            .min(
                Comparator.comparing((String c) -> -reach.get(c))
                    .thenComparing(c -> -index.ancestors(c).size())
                    .thenComparing(c -> c))
            .orElseThrow();
    int reached = reach.get(best);
    if (reached < 2 || reached * 2 <= leaves.size()) {
      return Outcome.none(
          "base-class: no repository class is reached by most "
              + what
              + " (most: "
              + Survey.simpleName(best)
              + ", "
              + Survey.count(reached)
              + " of "
              + Survey.count(leaves.size())
              + ")");
    }
    Map<String, Integer> direct = new TreeMap<>();
    int otherwise = 0;
    for (TestClass leaf : leaves) {
      if (!index.ancestors(leaf.cls().qualifiedName()).contains(best)) {
        List<String> framework =
            leaf.cls().bases().stream()
                .map(index::canonicalName)
                .filter(b -> isFrameworkBase(b, index))
                .distinct()
                .toList();
        framework.forEach(b -> direct.merge(b, 1, Integer::sum));
        otherwise += framework.isEmpty() ? 1 : 0;
      }
    }
    List<String> parts = new ArrayList<>();
    direct.forEach((base, n) -> parts.add(Survey.count(n) + " extend " + base + " directly"));
    if (otherwise > 0) {
      parts.add(Survey.count(otherwise) + " extend another base or none");
    }
    // not counted above, but the truth reports them: the audit's findings are these and the parts
    if (plain > 0) {
      parts.add(Survey.count(plain) + " more have no base");
    }
    String evidence =
        Survey.count(reached)
            + " of "
            + Survey.count(leaves.size())
            + " "
            + what
            + " reach "
            + Survey.simpleName(best)
            + (parts.isEmpty() ? "" : "; " + String.join(", ", parts));
    return Outcome.proposed(
        new ProposedTruth(
            "base-test-case",
            TruthKind.BASE_CLASS,
            List.of(best),
            List.of(),
            List.of(),
            List.copyOf(direct.keySet()),
            List.of(),
            true,
            evidence,
            false));
  }
}
