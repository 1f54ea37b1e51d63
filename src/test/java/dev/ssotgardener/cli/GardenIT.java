package dev.ssotgardener.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.TestTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ssot garden} through the packaged jar, on a committed copy of the bundled example. */
class GardenIT {
  private static final Path JAR = Path.of("target/ssot.jar");
  private static final String CONFLICTED =
      "tests/unit/agents/test_execution_engine_migration_validation.py";
  private static final String SLUG =
      "SSOT-regression-execution-engine-migration-validation-test-merge-conflict";

  @Test
  void oneRunTakesTheConflictedTestFromFailingToPassing(@TempDir Path dir) throws Exception {
    Path repo = dir.resolve("golden-path");
    TestTrees.copy(Path.of("examples/golden-path"), repo);
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      git.commit()
          .setMessage("initial")
          .setAuthor("t", "t@example.com")
          .setCommitter("t", "t@example.com")
          .setSign(false)
          .call();
    }
    assertThat(run(repo, "python3", "tests/unified_test_runner.py").exit()).isEqualTo(1);

    ExternalProcess.Outputs garden =
        run(
            Path.of("."),
            "java",
            "-jar",
            JAR.toString(),
            "garden",
            repo.toString(),
            "--issue-number",
            "1057");

    assertThat(garden.exit()).as(garden.stdout() + garden.stderr()).isZero();
    assertThat(garden.stdout())
        .contains("step 0 discovery: " + SLUG)
        .contains("[ours] → tests pass")
        .contains("[theirs] → `" + CONFLICTED + "` failing")
        .contains("step 6 PR: branch ssot/" + SLUG);
    assertThat(run(repo, "python3", "tests/unified_test_runner.py").exit()).isZero();
    String tracker = Files.readString(repo.resolve(".ssot/issues/" + SLUG + ".md"));
    for (int step = 0; step <= 6; step++) {
      assertThat(tracker).containsPattern("### Step " + step + ": .* ✅ COMPLETE");
    }
    assertThat(tracker)
        .doesNotContain("- [ ] Tests pass via")
        .contains("startup: imported tests.unit.agents.test_execution_engine_migration_validation")
        .contains("every changed Java source compiled: 6 of 6 cycles passed");
    assertThat(repo.resolve(".ssot/issues/" + SLUG + ".pr.md")).content().contains("Fixes #1057");
  }

  @Test
  void usageErrorsExitTwo(@TempDir Path dir) throws Exception {
    ExternalProcess.Outputs bad =
        run(
            Path.of("."),
            "java",
            "-jar",
            JAR.toString(),
            "garden",
            dir.toString(),
            "--group-by",
            "folder");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.stderr().strip())
        .isEqualTo("ssot: --group-by: expected file or truth, found 'folder'");
  }

  private static ExternalProcess.Outputs run(Path workdir, String... command) throws Exception {
    return ExternalProcess.runApart(workdir, Map.of(), List.of(command));
  }
}
