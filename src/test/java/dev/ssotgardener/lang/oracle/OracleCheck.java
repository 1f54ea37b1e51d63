package dev.ssotgardener.lang.oracle;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.Language;
import dev.ssotgardener.lang.ConflictScanner;
import dev.ssotgardener.lang.Frontend;
import dev.ssotgardener.lang.java.JavaFrontend;
import dev.ssotgardener.lang.python.PythonFrontend;
import dev.ssotgardener.lang.python.PythonModules;
import dev.ssotgardener.workspace.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Parses a batch of files with our front end and with the oracle of their language and compares the
 * facts. A file the oracle rejects and we reject too is skipped (fixtures hold unparsable files on
 * purpose), as is a file with conflict markers (the oracle cannot parse one; we parse each side).
 */
final class OracleCheck {
  /** The outcome of one file that is not skipped. */
  record FileResult(SourceCase source, List<String> disagreements) {}

  /** The outcome of a batch. */
  record Outcome(
      int compared, int skipped, List<FileResult> failures, List<SourceCase> bothReject) {}

  private final Map<List<String>, Map<Language, Frontend>> frontends = new IdentityHashMap<>();
  private final ConflictScanner conflicts = new ConflictScanner();

  Outcome python(List<SourceCase> sources) {
    List<FileFacts> ours = new ArrayList<>();
    List<PythonOracle.Request> requests = new ArrayList<>();
    for (SourceCase source : sources) {
      FileFacts facts = analyze(source, Language.PYTHON);
      ours.add(facts);
      requests.add(
          new PythonOracle.Request(
              source.text(), facts.module(), PythonModules.isPackageInit(source.path())));
    }
    return compare(
        sources,
        ours,
        new PythonOracle().verdicts(requests),
        OurPythonFacts::of,
        OurPythonFacts.AGREEMENT);
  }

  Outcome java(List<SourceCase> sources) {
    List<FileFacts> ours = new ArrayList<>();
    for (SourceCase source : sources) {
      ours.add(analyze(source, Language.JAVA));
    }
    return compare(
        sources,
        ours,
        new JavaOracle().verdicts(sources.stream().map(SourceCase::text).toList()),
        OurJavaFacts::of,
        OurJavaFacts.AGREEMENT);
  }

  private Outcome compare(
      List<SourceCase> sources,
      List<FileFacts> ours,
      List<OracleVerdict> verdicts,
      Function<FileFacts, List<Fact>> printer,
      Agreement agreement) {
    int compared = 0;
    int skipped = 0;
    List<FileResult> failures = new ArrayList<>();
    List<SourceCase> bothReject = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      SourceCase source = sources.get(i);
      OracleVerdict verdict = verdicts.get(i);
      FileFacts facts = ours.get(i);
      if (!conflicts.scan(source.path(), source.text()).isEmpty()) {
        skipped++;
        continue;
      }
      if (!verdict.parsed() && !facts.parsed()) {
        skipped++;
        bothReject.add(source);
        continue;
      }
      compared++;
      List<String> disagreements;
      if (!verdict.parsed()) {
        disagreements =
            List.of("the oracle rejects the file (" + verdict.error() + "), we parse it");
      } else if (!facts.parsed()) {
        disagreements =
            List.of("the oracle parses the file, we report " + facts.syntaxErrors().get(0));
      } else {
        disagreements = agreement.disagreements(verdict.facts(), printer.apply(facts));
      }
      if (!disagreements.isEmpty()) {
        failures.add(new FileResult(source, disagreements));
      }
    }
    return new Outcome(compared, skipped, failures, bothReject);
  }

  private FileFacts analyze(SourceCase source, Language language) {
    Map<Language, Frontend> forRepository =
        frontends.computeIfAbsent(
            source.repositoryPaths(),
            paths ->
                Map.of(
                    Language.PYTHON, new PythonFrontend(paths),
                    Language.JAVA, new JavaFrontend(paths)));
    return forRepository
        .get(language)
        .analyze(new SourceFile(source.path(), source.text(), StandardCharsets.UTF_8, false));
  }
}
