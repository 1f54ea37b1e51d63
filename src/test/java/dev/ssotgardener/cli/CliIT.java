package dev.ssotgardener.cli;

import static dev.ssotgardener.cli.SsotJar.ssot;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ssotgardener.TestTrees;
import dev.ssotgardener.cli.SsotJar.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar on the bundled example and on small temporary repositories. */
class CliIT {
  private static final String CONFLICTED =
      "tests/unit/agents/test_execution_engine_migration_validation.py";
  private static final String JAVA_REGRESSION =
      "src/test/java/com/netra/agents/AgentRegistryMigrationTest.java";

  @Test
  void auditsTheBundledExampleExactly() throws Exception {
    Run run = ssot("audit", "examples/golden-path", "--format", "json");
    assertThat(run.exit).as(run.stderr).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(run.stdout);
    Set<String> found = new TreeSet<>();
    json.get("findings")
        .forEach(
            f ->
                found.add(
                    f.get("truth").asText()
                        + " "
                        + f.get("path").asText()
                        + ":"
                        + f.get("line").asInt()));
    assertThat(found)
        .containsExactlyInAnyOrder(
            // The seed's defects, all in the one conflicted test file.
            "conflict-markers " + CONFLICTED + ":16",
            "mock-factory " + CONFLICTED + ":4",
            "base-test-case " + CONFLICTED + ":10",
            "environment " + CONFLICTED + ":12",
            "test-runner " + CONFLICTED + ":36",
            // Planted elsewhere.
            "execution-engine app/agents/execution_engine.py:4",
            "user-context app/routes/agent_route.py:7",
            "dangling-imports app/agents/supervisor_bridge.py:2",
            // The same regression in Java, audited in the same run.
            "mock-factory " + JAVA_REGRESSION + ":3",
            "base-test-case " + JAVA_REGRESSION + ":9",
            "environment " + JAVA_REGRESSION + ":12",
            "test-runner " + JAVA_REGRESSION + ":17",
            "test-runner " + JAVA_REGRESSION + ":18");
    assertThat(json.get("tool").asText()).isEqualTo("ssot-gardener");
    assertThat(json.at("/summary/findings").asInt()).isEqualTo(13);
    assertThat(json.at("/summary/unparsable").asInt()).isZero();
  }

  @Test
  void textReportShowsLocationSourceAndSummary() throws Exception {
    Run run = ssot("audit", "examples/golden-path");
    assertThat(run.exit).isEqualTo(1);
    assertThat(run.stdout)
        .contains("error[mock-factory]: imports unittest.mock.MagicMock (in unittest.mock); use ")
        .contains("--> " + CONFLICTED + ":4:1")
        .contains("from unittest.mock import MagicMock, patch")
        .contains("Found 13 findings")
        .doesNotContain("\u001b[");
  }

  @Test
  void failOnNeverExitsZeroAndOutputWritesAFile(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("out dir/report.json");
    Run run =
        ssot(
            "audit",
            "examples/golden-path",
            "--format",
            "json",
            "--fail-on",
            "never",
            "--output",
            report.toString());
    assertThat(run.exit).isZero();
    assertThat(run.stdout).isEmpty();
    assertThat(new ObjectMapper().readTree(report.toFile()).get("findings")).hasSize(13);
  }

  @Test
  void cleanRepositoryWithoutPolicyExitsZero(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("ok.py"), "import os\nprint(os.environ)\n");
    Run run = ssot("audit", dir.toString());
    assertThat(run.exit).as(run.stderr).isZero();
    assertThat(run.stdout).contains("No findings");
  }

  @Test
  void malformedPolicyIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("ssot.yml"), "version: 1\ntruths:\n  - id: x\n    kind: nope\n");
    Run run = ssot("audit", dir.toString());
    assertThat(run.exit).isEqualTo(2);
    assertThat(run.stderr.strip().lines()).hasSize(1);
    assertThat(run.stderr).contains("ssot.yml:4:").contains("kind").contains("nope");
  }

  @Test
  void fixPreviewsADiffAndWritesNothing() throws Exception {
    Path example = Path.of("examples/golden-path");
    String before = hashes(example);
    Run run = ssot("fix", "examples/golden-path");
    assertThat(run.exit).as(run.stderr).isEqualTo(1);
    assertThat(run.stdout)
        .contains("--- a/" + CONFLICTED)
        .contains("+class TestExecutionEngineMigrationValidation(SSotBaseTestCase):")
        .contains("-    unittest.main()")
        .contains("Conflict to decide: " + CONFLICTED + ":16-22")
        .contains("--- a/" + JAVA_REGRESSION)
        .contains("+    String url = IsolatedEnvironment.get(\"DATABASE_URL\");")
        .contains("-  public static void main(String[] args) {")
        .contains("5 fixes in 2 files (preview: run with --apply to write)");
    assertThat(hashes(example)).isEqualTo(before);
  }

  @Test
  void fixApplyWritesACopyOfTheExample(@TempDir Path temp) throws Exception {
    Path copy = temp.resolve("golden-path");
    TestTrees.copy(Path.of("examples/golden-path"), copy);
    Run run = ssot("fix", "--apply", copy.toString());
    assertThat(run.stdout).contains("(2 written)");
    String fixed = Files.readString(copy.resolve(CONFLICTED));
    assertThat(fixed)
        .contains("from test_framework.ssot.base_test_case import SSotBaseTestCase")
        .doesNotContain("unittest.main()");
    assertThat(Files.readString(copy.resolve(JAVA_REGRESSION)))
        .contains("import com.netra.shared.IsolatedEnvironment;\nimport org.junit.Test;\n")
        .doesNotContain("System.getenv")
        .doesNotContain("JUnitCore")
        .doesNotContain("void main");
    Run again = ssot("fix", copy.toString());
    assertThat(again.stdout).contains("0 fixes in 0 files");
  }

  private static String hashes(Path root) throws Exception {
    java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
    try (var files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        digest.update(file.toString().getBytes(StandardCharsets.UTF_8));
        digest.update(Files.readAllBytes(file));
      }
    }
    return java.util.HexFormat.of().formatHex(digest.digest());
  }

  @Test
  void missingPathAndBadOptionsExitTwo() throws Exception {
    Run missing = ssot("audit", "no/such/dir");
    assertThat(missing.exit).isEqualTo(2);
    assertThat(missing.stderr.strip()).isEqualTo("ssot: no/such/dir: not a directory");
    assertThat(ssot("audit", "--format", "yaml").exit).isEqualTo(2);
    assertThat(ssot("audit", "--max-file-size", "lots").exit).isEqualTo(2);
  }
}
