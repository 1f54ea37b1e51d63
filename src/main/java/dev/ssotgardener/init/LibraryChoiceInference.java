package dev.ssotgardener.init;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.lang.Dialect;
import dev.ssotgardener.lang.LibraryChoice;
import dev.ssotgardener.lang.LibraryChoice.Library;
import dev.ssotgardener.policy.TruthKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The library a code base settled on where several do one job ({@link LibraryChoice}: JUnit 5 or
 * JUnit 4, SLF4J or {@code java.util.logging}), as an {@code import} truth forbidding the
 * alternatives the code still imports. Proposed when its modules outnumber those using an
 * alternative four to one; commented out, for a person to decide, when they are only the majority.
 * A module is counted once per library, among test modules when the choice is made in tests.
 */
final class LibraryChoiceInference {
  private static final int FIRM_RATIO = 4;

  private final Survey survey;

  LibraryChoiceInference(Survey survey) {
    this.survey = survey;
  }

  /**
   * @param forbidden what earlier truths forbid, as libraries: a choice whose library they forbid
   *     is theirs to make (a mock factory forbids {@code unittest.mock}), and an alternative they
   *     forbid needs no second truth; what this proposes firmly is added
   */
  List<Outcome> infer(Dialect dialect, List<Library> forbidden) {
    List<Outcome> outcomes = new ArrayList<>();
    for (LibraryChoice choice : dialect.idioms().libraryChoices()) {
      Map<Library, Set<String>> users = users(dialect, choice);
      if (users.size() < 2) {
        continue; // one library or none: nothing was chosen between
      }
      Library top =
          users.keySet().stream()
              .max(Comparator.comparingInt((Library l) -> users.get(l).size()))
              .orElseThrow();
      List<Library> others = users.keySet().stream().filter(l -> l != top).toList();
      List<Library> toForbid =
          others.stream().filter(l -> !allForbidden(l.modules(), forbidden)).toList();
      if (toForbid.isEmpty() || top.modules().stream().anyMatch(m -> isForbidden(m, forbidden))) {
        continue;
      }
      Set<String> elsewhere = new TreeSet<>();
      others.forEach(l -> elsewhere.addAll(users.get(l)));
      int using = users.get(top).size();
      String population = choice.testsOnly() ? "test modules" : "modules";
      String evidence = evidence(top, others, users, population);
      if (using <= elsewhere.size()) {
        outcomes.add(
            Outcome.none(
                "import ("
                    + choice.id()
                    + "): no library is used by most "
                    + population
                    + " ("
                    + evidence
                    + ")"));
        continue;
      }
      List<String> forbids = new ArrayList<>();
      List<String> except = new ArrayList<>();
      toForbid.forEach(
          l -> {
            l.modules().stream().filter(m -> !isForbidden(m, forbidden)).forEach(forbids::add);
            except.addAll(l.except());
          });
      // below four to one the alternatives are often there by design: spring-boot's logging
      // systems import Log4j 2, SLF4J and java.util.logging in 90 modules beside 194 on Commons
      boolean tentative = using < FIRM_RATIO * elsewhere.size();
      if (!tentative) {
        forbidden.add(new Library(choice.id(), forbids, except));
      }
      outcomes.add(
          Outcome.proposed(
              new ProposedTruth(
                  choice.id(),
                  TruthKind.IMPORT,
                  top.modules(),
                  forbids,
                  except,
                  List.of(),
                  List.of(),
                  choice.testsOnly(),
                  evidence,
                  tentative)));
    }
    return outcomes;
  }

  /** The modules using each library of {@code choice}, libraries nobody uses left out. */
  private Map<Library, Set<String>> users(Dialect dialect, LibraryChoice choice) {
    Map<Library, Set<String>> users = new LinkedHashMap<>();
    for (FileFacts file : survey.sources()) {
      if (file.language() != dialect.language()
          || (choice.testsOnly() && !survey.isTestFile(file.path()))) {
        continue;
      }
      for (String name : Survey.namesUsed(file)) {
        if (survey.index().isLocal(name)) {
          continue; // a repository module that happens to be called `mock`
        }
        for (Library library : choice.libraries()) {
          if (library.covers(name)) {
            users.computeIfAbsent(library, l -> new TreeSet<>()).add(file.path());
          }
        }
      }
    }
    // in the choice's order, so that equal counts resolve the same way every run
    Map<Library, Set<String>> ordered = new LinkedHashMap<>();
    choice.libraries().stream()
        .filter(users::containsKey)
        .forEach(l -> ordered.put(l, users.get(l)));
    return ordered;
  }

  /**
   * {@code 246 modules use JBoss Logging (org.jboss.logging); java.util.logging is used by 23,
   * SLF4J (org.slf4j) by 1}: the alternatives most used first.
   */
  private static String evidence(
      Library top, List<Library> others, Map<Library, Set<String>> users, String population) {
    List<String> parts = new ArrayList<>();
    others.stream()
        .sorted(Comparator.comparingInt((Library l) -> -users.get(l).size()))
        .forEach(
            l ->
                parts.add(
                    named(l)
                        + (parts.isEmpty() ? " is used by " : " by ")
                        + Survey.count(users.get(l).size())));
    return Survey.count(users.get(top).size())
        + " "
        + population
        + " use "
        + named(top)
        + "; "
        + String.join(", ", parts);
  }

  private static String named(Library l) {
    String modules = String.join(", ", l.modules());
    return l.name().equals(modules) ? modules : l.name() + " (" + modules + ")";
  }

  private static boolean allForbidden(List<String> modules, List<Library> forbidden) {
    return modules.stream().allMatch(m -> isForbidden(m, forbidden));
  }

  private static boolean isForbidden(String name, List<Library> forbidden) {
    return forbidden.stream().anyMatch(f -> f.covers(name));
  }
}
