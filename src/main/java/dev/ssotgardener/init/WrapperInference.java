package dev.ssotgardener.init;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.init.Survey.Definition;
import dev.ssotgardener.lang.Dialect;
import dev.ssotgardener.lang.Idioms;
import dev.ssotgardener.policy.TruthKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A repository wrapper of a library: a function or class defined in a module that itself uses the
 * library (the environment: {@code os.environ}, {@code System.getenv}; mocking: {@code
 * unittest.mock}, {@code org.mockito}), proposed as canonical when more modules use it than use the
 * library directly (its own module aside), and at least two do. Modules are counted once, among
 * those {@code population} admits; a module uses a name by importing it or by a reference.
 */
final class WrapperInference {
  /** What one inference looks for. */
  record Target(
      String id,
      TruthKind kind,
      boolean testsScope,
      String population,
      Function<Idioms, List<String>> wrapped,
      Predicate<String> nameFits) {}

  private final Survey survey;
  private final Target target;
  private final Predicate<FileFacts> population;
  private final Set<String> excluded;

  /**
   * @param excluded definitions never proposed (test base classes: a base that also mocks is not a
   *     mock factory)
   */
  WrapperInference(
      Survey survey, Target target, Predicate<FileFacts> population, Set<String> excluded) {
    this.survey = survey;
    this.target = target;
    this.population = population;
    this.excluded = excluded;
  }

  Outcome infer(Dialect dialect) {
    List<String> wrapped = target.wrapped().apply(dialect.idioms());
    List<FileFacts> sources =
        survey.sources().stream().filter(f -> f.language() == dialect.language()).toList();
    Set<String> wrappers = new HashSet<>();
    Map<String, Set<String>> directBy = new TreeMap<>();
    for (FileFacts file : sources) {
      for (String name : Survey.namesUsed(file)) {
        matching(name, wrapped)
            .ifPresent(
                w -> {
                  wrappers.add(file.path());
                  if (population.test(file)) {
                    directBy.computeIfAbsent(w, k -> new TreeSet<>()).add(file.path());
                  }
                });
      }
    }
    Map<String, Optional<Definition>> definitions = new HashMap<>();
    Map<String, Set<String>> users = new TreeMap<>();
    for (FileFacts file : sources) {
      if (!population.test(file)) {
        continue;
      }
      for (String name : Survey.namesUsed(file)) {
        if (!survey.index().isLocal(name)) {
          continue;
        }
        definitions
            .computeIfAbsent(name, survey::definitionOf)
            .filter(d -> wrappers.contains(d.file().path()) && !d.file().path().equals(file.path()))
            .filter(d -> !excluded.contains(d.name()) && target.nameFits().test(d.name()))
            .ifPresent(d -> users.computeIfAbsent(d.name(), k -> new TreeSet<>()).add(file.path()));
      }
    }
    String library = String.join("/", wrapped);
    if (users.isEmpty()) {
      return Outcome.none(
          reasonPrefix()
              + "no repository wrapper of "
              + library
              + " is used by "
              + target.population());
    }
    String best =
        users.keySet().stream()
            .max((a, b) -> Integer.compare(users.get(a).size(), users.get(b).size()))
            .orElseThrow();
    String bestFile =
        definitions.values().stream()
            .flatMap(Optional::stream)
            .filter(d -> d.name().equals(best))
            .findFirst()
            .orElseThrow()
            .file()
            .path();
    Set<String> direct = new TreeSet<>();
    directBy.values().forEach(direct::addAll);
    direct.remove(bestFile);
    int using = users.get(best).size();
    String evidence =
        Survey.count(using)
            + " "
            + target.population()
            + " use "
            + best
            + "; "
            + Survey.count(direct.size())
            + " use "
            + library
            + " directly";
    if (using < 2 || using <= direct.size()) {
      return Outcome.none(
          reasonPrefix() + "no wrapper is used more than the library (" + evidence + ")");
    }
    List<String> forbids = directBy.isEmpty() ? wrapped : List.copyOf(directBy.keySet());
    return Outcome.proposed(
        new ProposedTruth(
            target.id(),
            target.kind(),
            List.of(best),
            forbids,
            List.of(),
            List.of(),
            List.of(),
            target.testsScope(),
            evidence,
            false));
  }

  private String reasonPrefix() {
    return target.kind().id() + " (" + target.id() + "): ";
  }

  /** The entry of {@code wrapped} that {@code name} is or lies under. */
  private static Optional<String> matching(String name, List<String> wrapped) {
    return wrapped.stream().filter(w -> name.equals(w) || name.startsWith(w + ".")).findFirst();
  }
}
