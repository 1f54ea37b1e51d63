package dev.ssotgardener.init;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.ImportFact;
import dev.ssotgardener.facts.Reference;
import dev.ssotgardener.lang.Dialect;
import dev.ssotgardener.lang.Idioms;
import dev.ssotgardener.policy.TruthKind;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@code entrypoint}: a script that runs tests (in Python: calls {@code pytest.main}, {@code
 * unittest.main} or a {@code unittest} runner, or starts {@code pytest} in a subprocess; see {@link
 * Idioms}) and that other modules import more than any other such script, at least two of them;
 * every other call of a runner ({@code pytest.main}/{@code unittest.main}) then starts a runner of
 * its own.
 */
final class RunnerInference {
  private final Survey survey;

  RunnerInference(Survey survey) {
    this.survey = survey;
  }

  /** Whether the language has test runner scripts to look for. */
  static boolean runsScripts(Dialect dialect) {
    return !dialect.idioms().runnerCalls().isEmpty();
  }

  Outcome infer(Dialect dialect) {
    Idioms idioms = dialect.idioms();
    List<String> runnerCalls = idioms.runnerCalls();
    List<FileFacts> sources =
        survey.sources().stream().filter(f -> f.language() == dialect.language()).toList();
    Map<String, FileFacts> runners = new TreeMap<>();
    Set<String> ownRunners = new HashSet<>();
    for (FileFacts file : sources) {
      if (file.references().stream().anyMatch(r -> startsRunner(r, runnerCalls))) {
        ownRunners.add(file.path());
      }
      if (!survey.isTestFile(file.path()) && runsTests(file, idioms)) {
        runners.put(file.module(), file);
      }
    }
    Map<String, Integer> importers = new TreeMap<>();
    for (FileFacts file : sources) {
      Set<String> imported = new HashSet<>();
      for (ImportFact imp : file.imports()) {
        for (String module : runners.keySet()) {
          if (!module.equals(file.module())
              && (imp.target().equals(module) || imp.target().startsWith(module + "."))) {
            imported.add(module);
          }
        }
      }
      imported.forEach(m -> importers.merge(m, 1, Integer::sum));
    }
    if (importers.isEmpty()) {
      return Outcome.none(
          "entrypoint: no test runner script is imported by other modules ("
              + Survey.count(runners.size())
              + " scripts run tests)");
    }
    String best =
        importers.keySet().stream()
            .max((a, b) -> Integer.compare(importers.get(a), importers.get(b)))
            .orElseThrow();
    int using = importers.get(best);
    String path = runners.get(best).path();
    ownRunners.remove(path);
    String evidence =
        path
            + " runs tests and "
            + Survey.count(using)
            + " modules import it ("
            + Survey.count(runners.size())
            + " scripts run tests); "
            + Survey.count(ownRunners.size())
            + " other files call "
            + String.join(" or ", runnerCalls);
    if (using < 2) {
      return Outcome.none(
          "entrypoint: no test runner is imported by two modules (" + evidence + ")");
    }
    return Outcome.proposed(
        new ProposedTruth(
            "test-runner",
            TruthKind.ENTRYPOINT,
            List.of(path),
            runnerCalls,
            List.of(),
            List.of(),
            List.of(),
            false,
            evidence,
            false));
  }

  private static boolean runsTests(FileFacts file, Idioms idioms) {
    Pattern program = Pattern.compile("[\"']" + Pattern.quote(idioms.runnerProgram()) + "[\"']");
    for (Reference ref : file.references()) {
      if (startsRunner(ref, idioms.testRunning())
          || (idioms.processModules().stream()
                  .anyMatch(m -> ref.qualifiedName().startsWith(m + "."))
              && program.matcher(ref.arguments()).find())) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsRunner(Reference ref, List<String> names) {
    return ref.usage() == Reference.Usage.CALL && names.contains(ref.qualifiedName());
  }
}
