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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy with only the conflict-marker check skips parsing files without markers; its findings
 * must equal those of parsing every file (the in-memory audit always parses all).
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
  }

  @TestFactory
  Stream<DynamicTest> fixturesGiveTheSameFindings() throws IOException {
    try (Stream<Path> cases = Files.walk(FIXTURES, 2)) {
      return cases
          .filter(p -> FIXTURES.relativize(p).getNameCount() == 2 && Files.isDirectory(p))
          .sorted()
          .toList()
          .stream()
          .map(dir -> DynamicTest.dynamicTest(dir.toString(), () -> assertSameFindings(dir)));
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
    Policy policy = markersOnly(full);
    AuditResult skipping = new Auditor(policy, WalkOptions.defaults()).audit(dir);
    AuditResult parsingAll = new Auditor(policy, WalkOptions.defaults()).audit("x", read(dir));
    AuditResult everyCheck = new Auditor(full, WalkOptions.defaults()).audit(dir);
    assertThat(skipping.findings()).isEqualTo(parsingAll.findings());
    assertThat(skipping.summary().files()).isEqualTo(everyCheck.summary().files());
    assertThat(skipping.summary().skipped()).isEqualTo(everyCheck.summary().skipped());
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
    Optional<Severity> level = policy.severityOf(BuiltinCheck.CONFLICT_MARKERS);
    return new Policy(
        policy.source(),
        policy.tests(),
        policy.goldenPath(),
        List.of(),
        Map.of(BuiltinCheck.CONFLICT_MARKERS, level.orElse(Severity.ERROR)));
  }

  private static void write(Path dir, String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
