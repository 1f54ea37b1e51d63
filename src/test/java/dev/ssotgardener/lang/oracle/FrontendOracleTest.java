package dev.ssotgardener.lang.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Our front ends against independent oracles (CPython's {@code ast}, javac's parser) on every
 * fixture and example file and on seeded generated files. {@code -Doracle.seed=N} and {@code
 * -Doracle.count=N} choose another corpus (the seed is printed); {@code -Doracle.root=/path}
 * compares a whole tree on disk instead. Generated files that disagree are written to {@code
 * target/oracle-failures/} to reproduce by hand.
 */
class FrontendOracleTest {
  private static final long SEED = Long.getLong("oracle.seed", 20261204L);
  private static final int COUNT = Integer.getInteger("oracle.count", 2000);
  private static final int BATCH = 500;
  private static final Path FAILURES = Path.of("target/oracle-failures");

  private final OracleCheck check = new OracleCheck();

  @Test
  void fixtureAndExamplePythonFilesAgreeWithCpython() {
    OracleCheck.Outcome outcome = check.python(Corpus.repositories(fixtureParents(), ".py"));
    assertAgree("fixture .py", outcome, false);
    assertThat(outcome.compared()).isGreaterThan(50);
  }

  @Test
  void fixtureAndExampleJavaFilesAgreeWithJavac() {
    OracleCheck.Outcome outcome = check.java(Corpus.repositories(fixtureParents(), ".java"));
    assertAgree("fixture .java", outcome, false);
    assertThat(outcome.compared()).isGreaterThan(50);
  }

  @Test
  void generatedPythonAgreesWithCpython() {
    System.out.println("oracle: generated Python, seed " + SEED + ", " + COUNT + " files");
    OracleCheck.Outcome outcome = check.python(Corpus.generatedPython(SEED, COUNT));
    assertAgree("generated .py (seed " + SEED + ")", outcome, true);
    assertThat(outcome.compared()).as("the generator writes valid Python only").isEqualTo(COUNT);
  }

  @Test
  void generatedJavaAgreesWithJavac() {
    System.out.println("oracle: generated Java, seed " + SEED + ", " + COUNT + " files");
    OracleCheck.Outcome outcome = check.java(Corpus.generatedJava(SEED, COUNT));
    assertAgree("generated .java (seed " + SEED + ")", outcome, true);
    assertThat(outcome.compared()).as("the generator writes valid Java only").isEqualTo(COUNT);
  }

  /** A throwaway run over a real checkout; prints the disagreements by class. */
  @Test
  @EnabledIfSystemProperty(named = "oracle.root", matches = ".+")
  void aTreeOnDiskAgrees() {
    Path root = Path.of(System.getProperty("oracle.root"));
    List<OracleCheck.FileResult> failures = new ArrayList<>();
    for (String extension : List.of(".py", ".java")) {
      List<SourceCase> sources = Corpus.tree(root, extension);
      int compared = 0;
      int skipped = 0;
      for (int from = 0; from < sources.size(); from += BATCH) {
        List<SourceCase> batch = sources.subList(from, Math.min(sources.size(), from + BATCH));
        OracleCheck.Outcome outcome =
            extension.equals(".py") ? check.python(batch) : check.java(batch);
        compared += outcome.compared();
        skipped += outcome.skipped();
        failures.addAll(outcome.failures());
      }
      System.out.printf(
          "oracle: %s %s files: %d compared, %d skipped%n", root, extension, compared, skipped);
    }
    Map<String, Integer> byClass = new TreeMap<>();
    for (OracleCheck.FileResult failure : failures) {
      for (String disagreement : failure.disagreements()) {
        byClass.merge(disagreementClass(disagreement), 1, Integer::sum);
      }
    }
    byClass.forEach((kind, count) -> System.out.printf("oracle:   %6d %s%n", count, kind));
    assertThat(report(failures)).isEmpty();
  }

  /** "expected ref", "actual import", "rejects": what sort of fact disagrees, and which way. */
  private static String disagreementClass(String disagreement) {
    String[] words = disagreement.split(" ");
    return words[0].equals("expected") || words[0].equals("actual")
        ? words[0] + " " + words[3].replace(":", "")
        : disagreement.replaceAll("\\(.*", "").strip();
  }

  private static void assertAgree(String what, OracleCheck.Outcome outcome, boolean save) {
    System.out.printf(
        "oracle: %s: %d compared, %d skipped, %d disagree%n",
        what, outcome.compared(), outcome.skipped(), outcome.failures().size());
    if (save) {
      outcome.failures().forEach(FrontendOracleTest::save);
      outcome.bothReject().forEach(s -> save(new OracleCheck.FileResult(s, List.of("invalid"))));
    }
    assertThat(report(outcome.failures())).as(what + " disagree with the oracle").isEmpty();
  }

  private static String report(List<OracleCheck.FileResult> failures) {
    StringBuilder out = new StringBuilder();
    for (OracleCheck.FileResult failure : failures.subList(0, Math.min(20, failures.size()))) {
      out.append(failure.source().origin()).append(" (").append(failure.source().path());
      out.append(")\n");
      failure.disagreements().stream()
          .limit(10)
          .forEach(d -> out.append("    ").append(d).append('\n'));
    }
    if (failures.size() > 20) {
      out.append("… and ").append(failures.size() - 20).append(" more files\n");
    }
    return out.toString();
  }

  private static void save(OracleCheck.FileResult failure) {
    SourceCase source = failure.source();
    Path file = FAILURES.resolve(source.origin().replace(' ', '-')).resolve(source.path());
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.text(), StandardCharsets.UTF_8);
      Files.write(
          file.resolveSibling(file.getFileName() + ".disagreements"), failure.disagreements());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Path> fixtureParents() {
    List<Path> parents = new ArrayList<>();
    for (String folder : List.of("src/test/resources/fixtures", "src/test/resources/fixes")) {
      try (Stream<Path> kinds = Files.list(Path.of(folder))) {
        kinds.filter(Files::isDirectory).sorted().forEach(parents::add);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    parents.add(Path.of("examples"));
    return parents;
  }
}
