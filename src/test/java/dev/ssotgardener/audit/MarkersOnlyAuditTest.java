package dev.ssotgardener.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.policy.BuiltinCheck;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.PolicyLoader;
import dev.ssotgardener.policy.Severity;
import dev.ssotgardener.workspace.FileEntry;
import dev.ssotgardener.workspace.FileWalker;
import dev.ssotgardener.workspace.ReadOutcome;
import dev.ssotgardener.workspace.SourceFile;
import dev.ssotgardener.workspace.SourceReader;
import dev.ssotgardener.workspace.WalkOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy whose checks judge each file alone (conflict markers, unparsable files, invalid
 * suppressions, in any combination) parses only the files an enabled check needs; its findings must
 * equal those of parsing every file (the in-memory audit always parses all).
 */
class MarkersOnlyAuditTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  @Test
  void onlyTheMarkerCheckLetsFilesGoUnparsed() {
    Policy markers = markersOnly(Policy.builtinOnly());
    assertThat(Auditor.needsEveryFile(markers)).isFalse();
    assertThat(Auditor.needsEveryFile(Policy.builtinOnly())).isTrue();
    Policy withDangling =
        new Policy(
            markers.source(),
            markers.tests(),
            markers.goldenPath(),
            List.of(),
            Map.of(
                BuiltinCheck.CONFLICT_MARKERS,
                Severity.ERROR,
                BuiltinCheck.DANGLING_IMPORTS,
                Severity.ERROR));
    assertThat(Auditor.needsEveryFile(withDangling)).isTrue();
    assertThat(Auditor.needsEveryFile(only(Policy.builtinOnly(), List.of(BuiltinCheck.values()))))
        .as("unparsable and invalid-suppression judge each file alone")
        .isTrue();
    List<BuiltinCheck> local =
        List.of(
            BuiltinCheck.CONFLICT_MARKERS,
            BuiltinCheck.UNPARSABLE,
            BuiltinCheck.INVALID_SUPPRESSION,
            BuiltinCheck.LOSSY_MERGE);
    assertThat(Auditor.needsEveryFile(only(Policy.builtinOnly(), local))).isFalse();
  }

  /** Every combination of the per-file checks, on every fixture: parsing less finds the same. */
  @TestFactory
  Stream<DynamicTest> perFileChecksGiveTheSameFindings() throws IOException {
    List<BuiltinCheck> perFile =
        List.of(
            BuiltinCheck.CONFLICT_MARKERS,
            BuiltinCheck.UNPARSABLE,
            BuiltinCheck.INVALID_SUPPRESSION);
    List<DynamicTest> tests = new ArrayList<>();
    for (Path dir : fixtureCases()) {
      for (int mask = 1; mask < 1 << perFile.size(); mask++) {
        List<BuiltinCheck> on = new ArrayList<>();
        for (int i = 0; i < perFile.size(); i++) {
          if ((mask & 1 << i) != 0) {
            on.add(perFile.get(i));
          }
        }
        tests.add(
            DynamicTest.dynamicTest(
                dir + " " + on,
                () -> {
                  Policy full = new PolicyLoader().loadFromRoot(dir).orElseGet(Policy::builtinOnly);
                  assertSameFindings(dir, only(full, on), full);
                }));
      }
    }
    return tests.stream();
  }

  @Test
  void suppressionsAreParsedWhereTheTextHoldsOne(@TempDir Path dir) throws Exception {
    write(
        dir,
        "silenced.py",
        "# ssot: ignore[conflict-markers] kept for the docs\n<<<<<<< a\nx = 1\n=======\nx = 2\n"
            + ">>>>>>> b\n");
    write(dir, "unknown.py", "x = 1  # ssot: ignore[no-such-check] why\n");
    write(dir, "broken.py", "def f(:\n");
    write(dir, "plain.txt", "# ssot: ignore[no-such-check] not a source file\n");
    List<BuiltinCheck> checks =
        List.of(BuiltinCheck.CONFLICT_MARKERS, BuiltinCheck.INVALID_SUPPRESSION);
    AuditResult result = assertSameFindings(dir, only(Policy.builtinOnly(), checks), null);
    assertThat(result.findings())
        .extracting(f -> f.path() + " " + f.truth())
        .containsExactly("unknown.py invalid-suppression");
    assertThat(result.summary().parsed()).as("only the files holding `ssot:`").isEqualTo(2);
  }

  @TestFactory
  Stream<DynamicTest> fixturesGiveTheSameFindings() throws IOException {
    return fixtureCases().stream()
        .map(dir -> DynamicTest.dynamicTest(dir.toString(), () -> assertSameFindings(dir)));
  }

  private static List<Path> fixtureCases() throws IOException {
    try (Stream<Path> cases = Files.walk(FIXTURES, 2)) {
      return cases
          .filter(p -> FIXTURES.relativize(p).getNameCount() == 2 && Files.isDirectory(p))
          .sorted()
          .toList();
    }
  }

  @Test
  void oddLineEndingsEncodingsAndStrayMarkers(@TempDir Path dir) throws Exception {
    write(dir, "cr.py", "x = 1\r<<<<<<< a\ry = 1\r=======\ry = 2\r>>>>>>> b\r");
    write(dir, "crlf.txt", "<<<<<<< a\r\n1\r\n=======\r\n2\r\n>>>>>>> b\r\n");
    write(dir, "bom.py", "\uFEFF<<<<<<< a\nx = 1\n=======\nx = 2\n>>>>>>> b\n");
    write(dir, "end-only.cfg", "a\n>>>>>>> stray\n");
    write(dir, "base-only.cfg", "a\n||||||| base\n");
    write(dir, "never-closed.md", "text\n<<<<<<< mine\n");
    write(dir, "not-a-marker.py", "x = '<<<<<<<'\n#<<<<<<< no\n");
    Files.write(
        dir.resolve("utf16.txt"),
        "\uFEFF<<<<<<< a\n1\n=======\n2\n>>>>>>> b\n".getBytes(StandardCharsets.UTF_16BE));
    AuditResult skipping = assertSameFindings(dir);
    assertThat(skipping.findings()).extracting(f -> f.path()).contains("cr.py", "utf16.txt");
    assertThat(skipping.summary().files()).isEqualTo(8);
  }

  private static AuditResult assertSameFindings(Path dir) throws Exception {
    Policy full = new PolicyLoader().loadFromRoot(dir).orElseGet(Policy::builtinOnly);
    return assertSameFindings(dir, markersOnly(full), full);
  }

  /**
   * Audits {@code dir} on disk with {@code policy}, which parses only what it needs, and in memory,
   * which parses every file: the same findings; the same files and skipped files as an audit with
   * {@code full} (when given), which parses every file on disk.
   */
  private static AuditResult assertSameFindings(Path dir, Policy policy, Policy full)
      throws Exception {
    assertThat(Auditor.needsEveryFile(policy)).isFalse();
    AuditResult skipping = new Auditor(policy, WalkOptions.defaults()).audit(dir);
    AuditResult parsingAll = new Auditor(policy, WalkOptions.defaults()).audit("x", read(dir));
    assertThat(skipping.findings()).isEqualTo(parsingAll.findings());
    if (full != null) {
      AuditResult everyCheck = new Auditor(full, WalkOptions.defaults()).audit(dir);
      assertThat(skipping.summary().files()).isEqualTo(everyCheck.summary().files());
      assertThat(skipping.summary().skipped()).isEqualTo(everyCheck.summary().skipped());
    }
    return skipping;
  }

  private static List<SourceFile> read(Path dir) throws IOException {
    SourceReader reader = new SourceReader();
    List<SourceFile> files = new ArrayList<>();
    for (FileEntry entry : new FileWalker(WalkOptions.defaults()).walk(dir).files()) {
      if (reader.read(entry) instanceof ReadOutcome.Text text) {
        files.add(text.file());
      }
    }
    return files;
  }

  private static Policy markersOnly(Policy policy) {
    return only(policy, List.of(BuiltinCheck.CONFLICT_MARKERS));
  }

  /** {@code policy} without truths, with only {@code checks} on, each at its level there. */
  private static Policy only(Policy policy, List<BuiltinCheck> checks) {
    Map<BuiltinCheck, Severity> levels = new EnumMap<>(BuiltinCheck.class);
    for (BuiltinCheck check : checks) {
      levels.put(check, policy.severityOf(check).orElse(check.defaultSeverity()));
    }
    return new Policy(policy.source(), policy.tests(), policy.goldenPath(), List.of(), levels);
  }

  private static void write(Path dir, String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
