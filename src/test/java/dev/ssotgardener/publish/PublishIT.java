package dev.ssotgardener.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.cli.ExternalProcess;
import dev.ssotgardener.cli.ExternalProcess.Outputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ssot garden --publish github} through the packaged jar: the project's test command runs
 * without the token, and a policy whose test command differs from the default branch's is refused
 * before anything runs or is published.
 */
class PublishIT {
  private static final Path JAR = Path.of("target/ssot.jar").toAbsolutePath();
  private static final String TOKEN = "test-token-5e1f";
  private static final String DUMP_ENV =
      "env > \"$ENV_DUMP\"; python3 tests/unified_test_runner.py";

  @TempDir Path dir;

  @Test
  void theTestCommandRunsWithoutAnyTokenVariable() throws Exception {
    RemoteRepository repo = withTestCommand(DUMP_ENV);
    Path dump = dir.resolve("env.txt");
    try (FakeGitHub github = new FakeGitHub(TOKEN, repo.bare)) {
      Outputs run = garden(repo, github, dump, "--until", "2");

      assertThat(run.exit()).as(run.stdout() + run.stderr()).isZero();
      String env = Files.readString(dump);
      assertThat(env).contains("ENV_DUMP=").doesNotContain(TOKEN);
      for (String name :
          List.of("GITHUB_TOKEN", "GH_TOKEN", "GH_ENTERPRISE_TOKEN", "GITHUB_ENTERPRISE_TOKEN")) {
        assertThat(env).doesNotContain(name + "=");
      }
      assertThat(github.issues()).hasSize(1);
      assertThat(github.comments(1)).hasSize(3);
      assertThat(github.violations()).isEmpty();
    }
  }

  @Test
  void aTestCommandChangedOnABranchIsRefusedUnlessTrusted() throws Exception {
    RemoteRepository repo = withTestCommand("python3 tests/unified_test_runner.py");
    RemoteRepository.git(repo.work, "checkout", "-qb", "fork-pr");
    Path policy = repo.work.resolve("ssot.yml");
    Files.writeString(
        policy,
        Files.readString(policy)
            .replace(
                "test-command: python3 tests/unified_test_runner.py", "test-command: " + DUMP_ENV));
    RemoteRepository.git(repo.work, "commit", "-qam", "dump the environment");
    Path dump = dir.resolve("env.txt");
    try (FakeGitHub github = new FakeGitHub(TOKEN, repo.bare)) {
      Outputs refused = garden(repo, github, dump, "--until", "2");

      assertThat(refused.exit()).isEqualTo(2);
      assertThat(refused.stderr())
          .isEqualTo(
              "ssot: --publish refused: ssot.yml's test-command '"
                  + DUMP_ENV
                  + "' differs from origin/main's 'python3 tests/unified_test_runner.py'; a pull"
                  + " request may have changed what runs beside the token: review it, then pass"
                  + " --trust-policy\n");
      assertThat(github.requests()).isEmpty();
      assertThat(dump).doesNotExist();

      Outputs trusted = garden(repo, github, dump, "--until", "2", "--trust-policy");

      assertThat(trusted.exit()).as(trusted.stdout() + trusted.stderr()).isZero();
      assertThat(Files.readString(dump)).doesNotContain(TOKEN);
    }
  }

  /** The example with {@code test-command} in its policy, committed and pushed to main. */
  private RemoteRepository withTestCommand(String command) throws Exception {
    RemoteRepository repo = RemoteRepository.create(dir);
    Path policy = repo.work.resolve("ssot.yml");
    Files.writeString(policy, Files.readString(policy) + "test-command: " + command + "\n");
    RemoteRepository.git(repo.work, "commit", "-qam", "test command");
    RemoteRepository.git(repo.work, "push", "-q", "origin", "main");
    return repo;
  }

  private static Outputs garden(RemoteRepository repo, FakeGitHub github, Path dump, String... more)
      throws Exception {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                "java",
                "-jar",
                JAR.toString(),
                "garden",
                repo.work.toString(),
                "--publish",
                "github",
                "--api-url",
                github.uri().toString()));
    command.addAll(List.of(more));
    Map<String, String> env = new HashMap<>();
    // every variable a token may come from, the enterprise ones first for a server not github.com
    env.put("GH_ENTERPRISE_TOKEN", TOKEN);
    env.put("GITHUB_ENTERPRISE_TOKEN", TOKEN);
    env.put("GITHUB_TOKEN", TOKEN);
    env.put("GH_TOKEN", TOKEN);
    env.put("ENV_DUMP", dump.toString());
    return ExternalProcess.runApart(Path.of("."), env, command);
  }
}
