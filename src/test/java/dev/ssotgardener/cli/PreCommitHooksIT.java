package dev.ssotgardener.cli;

import static dev.ssotgardener.cli.ExternalProcess.ok;
import static dev.ssotgardener.cli.ExternalProcess.onPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ssotgardener.MockFactoryPolicy;
import dev.ssotgardener.cli.ExternalProcess.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hooks of {@code .pre-commit-hooks.yaml}, run by the real pre-commit from this repository's
 * HEAD (try-repo adds uncommitted changes to tracked files; new files must be staged): each clone
 * builds the jar with Maven on first use, exactly as on a user's machine.
 */
class PreCommitHooksIT {
  private static final Path THIS_REPO = Path.of("").toAbsolutePath();
  private static final String CONFLICT =
      "def f():\n<<<<<<< HEAD\n    return 1\n=======\n    return 2\n>>>>>>> other\n";

  /** The hooks' daemons (README "Speed") live here, and are stopped after each test. */
  @TempDir Path runtime;

  @AfterEach
  void stopTheHooksDaemons() throws Exception {
    ExternalProcess.run(
        THIS_REPO, Map.of("XDG_RUNTIME_DIR", runtime.toString()), "./ssot", "daemon", "stop");
  }

  @BeforeAll
  static void preCommitIsInstalled() {
    assumeTrue(
        onPath("pre-commit"),
        "Skipped: no pre-commit on the PATH (Debian's pre-commit; .ci/run installs it)");
  }

  @Test
  void tryRepoFailsTheAuditOnAFindingWhileTheConflictHookPasses(@TempDir Path temp)
      throws Exception {
    Path repo =
        scratchRepo(
            temp.resolve("finding"),
            Map.of(
                "ssot.yml",
                MockFactoryPolicy.TEXT,
                "tests/test_a.py",
                MockFactoryPolicy.MOCK_IMPORT));

    Result run =
        preCommit(repo, temp.resolve("home"), "try-repo", THIS_REPO.toString(), "--all-files");

    assertThat(run.exit()).as(run.output()).isEqualTo(1);
    assertThat(run.output())
        .containsPattern("ssot audit\\.+Failed")
        .contains("error[mock-factory]: imports unittest.mock", "--> tests/test_a.py:1:1")
        .containsPattern("ssot conflict markers\\.+Passed");
  }

  /** The README's configuration, pointed at this repository's HEAD: one clone, one build. */
  @Test
  void theReadmeConfigFailsOnConflictMarkersAndPassesWithABaseline(@TempDir Path temp)
      throws Exception {
    Path home = temp.resolve("home");
    String config = readmeConfig();

    Path markers =
        scratchRepo(
            temp.resolve("markers"),
            Map.of(".pre-commit-config.yaml", config, "app/f.py", CONFLICT));
    Result failed = preCommit(markers, home, "run", "--all-files");
    assertThat(failed.exit()).as(failed.output()).isEqualTo(1);
    assertThat(failed.output())
        .containsPattern("ssot audit\\.+Failed")
        .containsPattern("ssot conflict markers\\.+Failed")
        .contains("error[conflict-markers]", "--> app/f.py:2:1");

    Path known =
        scratchRepo(
            temp.resolve("baseline"),
            Map.of(
                ".pre-commit-config.yaml",
                config,
                "ssot.yml",
                MockFactoryPolicy.TEXT,
                "tests/test_a.py",
                MockFactoryPolicy.MOCK_IMPORT));
    assertThat(SsotJar.ssot("baseline", "write", known.toString()).exit).isZero();
    ok(known, "git", "add", "-A");
    Result passed = preCommit(known, home, "run", "--all-files");
    assertThat(passed.exit()).as(passed.output()).isZero();
    assertThat(passed.output())
        .containsPattern("ssot audit\\.+Passed")
        .containsPattern("ssot conflict markers\\.+Passed");
  }

  /** The README's {@code .pre-commit-config.yaml}, with this checkout for the repository URL. */
  private static String readmeConfig() throws IOException, InterruptedException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    ObjectNode config = (ObjectNode) yaml.readTree(Readme.block("yaml", "id: ssot-audit"));
    ObjectNode repo = (ObjectNode) config.get("repos").get(0);
    assertThat(repo.get("rev").asText()).isEqualTo("v" + VersionProvider.version());
    repo.put("repo", THIS_REPO.toString());
    repo.put("rev", ok(THIS_REPO, "git", "rev-parse", "HEAD").strip());
    return yaml.writeValueAsString(config);
  }

  private static Path scratchRepo(Path dir, Map<String, String> files)
      throws IOException, InterruptedException {
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = dir.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
    }
    ok(dir, "git", "init", "-q");
    ok(dir, "git", "add", "-A");
    return dir;
  }

  /**
   * pre-commit with its own store: the user's cache is neither read nor changed. The clones' builds
   * skip the optional gcc parser (the build's own tests cover it; results are identical without).
   * The hooks run through the daemon, as on a user's machine, in a folder of the test's own.
   */
  private Result preCommit(Path repo, Path home, String... args)
      throws IOException, InterruptedException {
    String[] command = new String[args.length + 1];
    command[0] = "pre-commit";
    System.arraycopy(args, 0, command, 1, args.length);
    return ExternalProcess.run(
        repo,
        Map.of(
            "PRE_COMMIT_HOME",
            home.toString(),
            "PRE_COMMIT_COLOR",
            "never",
            "SSOT_NATIVE_BUILD",
            "0",
            "XDG_RUNTIME_DIR",
            runtime.toString()),
        command);
  }
}
