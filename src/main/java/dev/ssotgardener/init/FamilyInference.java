package dev.ssotgardener.init;

import dev.ssotgardener.facts.ClassFact;
import dev.ssotgardener.facts.ClassFact.TypeKind;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.ImportFact;
import dev.ssotgardener.facts.Reference;
import dev.ssotgardener.init.Survey.Definition;
import dev.ssotgardener.policy.TruthKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code single-definition} candidates: families of three or more repository classes sharing the
 * last two words of their names ({@code *ExecutionEngine}), where one member is used by more
 * modules than all its siblings together, and by at least three. A family of names is a guess, so
 * these are proposed commented out, at most {@link #MAX} of them, the most used first.
 */
final class FamilyInference {
  static final int MAX = 10;
  private static final int MIN_MEMBERS = 3;
  private static final int MIN_USERS = 3;

  private final Survey survey;

  FamilyInference(Survey survey) {
    this.survey = survey;
  }

  Outcome infer() {
    Set<String> tests = new HashSet<>();
    survey.testClasses().forEach(t -> tests.add(t.cls().qualifiedName()));
    Map<String, Set<String>> users = usersOfClasses();
    Map<String, Set<String>> families = new TreeMap<>();
    for (ClassFact cls : survey.index().classes()) {
      if (cls.kind() != TypeKind.CLASS
          || tests.contains(cls.qualifiedName())
          || cls.name().contains("Test")) {
        continue;
      }
      List<String> words = camelWords(cls.name());
      if (words.size() > 2) {
        String suffix = String.join("", words.subList(words.size() - 2, words.size()));
        families.computeIfAbsent(suffix, s -> new TreeSet<>()).add(cls.qualifiedName());
      }
    }
    List<ProposedTruth> chosen = new ArrayList<>();
    Map<String, Integer> usedBy = new HashMap<>();
    for (Map.Entry<String, Set<String>> family : families.entrySet()) {
      Set<String> members = family.getValue();
      if (members.size() < MIN_MEMBERS) {
        continue;
      }
      String top =
          members.stream()
              .min(
                  Comparator.comparing((String c) -> -users.getOrDefault(c, Set.of()).size())
                      .thenComparing(c -> c))
              .orElseThrow();
      int used = users.getOrDefault(top, Set.of()).size();
      int siblings =
          members.stream()
              .filter(m -> !m.equals(top))
              .mapToInt(m -> users.getOrDefault(m, Set.of()).size())
              .sum();
      ProposedTruth candidate =
          new ProposedTruth(
              kebab(family.getKey()),
              TruthKind.SINGLE_DEFINITION,
              List.of(top),
              List.of(),
              List.of(),
              List.of(),
              List.of("*" + family.getKey()),
              false,
              Survey.count(members.size())
                  + " classes end in "
                  + family.getKey()
                  + "; "
                  + Survey.simpleName(top)
                  + " is used by "
                  + Survey.count(used)
                  + " modules, the others by "
                  + Survey.count(siblings)
                  + " together",
              true);
      if (used >= MIN_USERS && used > siblings) {
        chosen.add(candidate);
        usedBy.put(candidate.id(), used);
      }
    }
    // the most used canonicals first: the concepts the code leans on most
    chosen.sort(
        Comparator.comparing((ProposedTruth t) -> -usedBy.get(t.id()))
            .thenComparing(ProposedTruth::id));
    if (chosen.isEmpty()) {
      return Outcome.none(
          "single-definition: no family of "
              + MIN_MEMBERS
              + "+ classes sharing a name suffix has one member used more than the rest");
    }
    return new Outcome(chosen.subList(0, Math.min(MAX, chosen.size())), "");
  }

  /** For each repository class, the modules other than its own that import or refer to it. */
  private Map<String, Set<String>> usersOfClasses() {
    Map<String, Optional<Definition>> definitions = new HashMap<>();
    Map<String, Set<String>> users = new HashMap<>();
    for (FileFacts file : survey.sources()) {
      Set<String> names = new TreeSet<>();
      file.imports().stream().map(ImportFact::target).forEach(names::add);
      file.references().stream().map(Reference::qualifiedName).forEach(names::add);
      for (String name : names) {
        if (!survey.index().isLocal(name)) {
          continue;
        }
        definitions
            .computeIfAbsent(name, survey::definitionOf)
            .filter(d -> !d.file().path().equals(file.path()))
            .filter(d -> survey.index().classNamed(d.name()).isPresent())
            .ifPresent(d -> users.computeIfAbsent(d.name(), k -> new HashSet<>()).add(file.path()));
      }
    }
    return users;
  }

  /** {@code UserExecutionEngine} → {@code [User, Execution, Engine]}. */
  static List<String> camelWords(String name) {
    List<String> words = new ArrayList<>();
    for (String w : name.split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|_")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /** {@code ExecutionEngine} → {@code execution-engine}. */
  private static String kebab(String suffix) {
    return String.join("-", camelWords(suffix)).toLowerCase(Locale.ROOT);
  }
}
