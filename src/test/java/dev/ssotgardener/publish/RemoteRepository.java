package dev.ssotgardener.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.TestTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A committed copy of the bundled example whose {@code origin} is GitHub-like ({@code
 * https://github.com/acme/widgets.git}) and reaches a real bare repository on disk: git's {@code
 * url.<bare>.insteadOf} rewrites the URL when git pushes, while ssot reads the configured URL as a
 * user's clone has it. {@code origin/HEAD} points at {@code main}, as after a clone.
 */
final class RemoteRepository {
  static final String ORIGIN = "https://github.com/acme/widgets.git";
  static final String SLUG =
      "SSOT-regression-execution-engine-migration-validation-test-merge-conflict";

  final Path work;
  final Path bare;

  private RemoteRepository(Path work, Path bare) {
    this.work = work;
    this.bare = bare;
  }

  static RemoteRepository create(Path dir) throws Exception {
    Path work = dir.resolve("widgets");
    Path bare = dir.resolve("widgets-remote.git");
    TestTrees.copy(Path.of("examples/golden-path"), work);
    git(dir, "init", "-q", "--bare", "-b", "main", bare.toString());
    git(work, "init", "-q", "-b", "main");
    git(work, "config", "user.name", "t");
    git(work, "config", "user.email", "t@example.com");
    git(work, "config", "commit.gpgsign", "false");
    git(work, "add", "-A");
    git(work, "commit", "-q", "-m", "initial");
    git(work, "remote", "add", "origin", ORIGIN);
    git(work, "config", "url." + bare.toUri() + ".insteadOf", ORIGIN);
    git(work, "push", "-q", "origin", "main");
    git(work, "remote", "set-head", "origin", "main");
    return new RemoteRepository(work, bare);
  }

  /** The commit a branch points at in the remote; empty when it has no such branch. */
  String remoteBranch(String branch) throws Exception {
    return git(bare, "for-each-ref", "--format=%(objectname)", "refs/heads/" + branch).strip();
  }

  static String git(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process git =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    git.getOutputStream().close();
    String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(git.waitFor(60, TimeUnit.SECONDS)).isTrue();
    if (git.exitValue() != 0) {
      throw new IOException("git " + String.join(" ", args) + ": " + out);
    }
    return out;
  }
}
