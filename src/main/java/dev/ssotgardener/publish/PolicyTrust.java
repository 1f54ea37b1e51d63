package dev.ssotgardener.publish;

import dev.ssotgardener.garden.PolicyTestCommand;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.PolicyException;
import dev.ssotgardener.policy.PolicyLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Whether the commands a policy makes ssot run are the repository's own: a pull request from a fork
 * can change {@code ssot.yml}, and {@code --publish} runs its {@code test-command} and {@code
 * compile-command} (or the script its entrypoint names, when it has no test-command) on a machine
 * that holds a token. They are trusted when they equal those of the {@code ssot.yml} on the default
 * branch ({@code origin/HEAD}, else {@code main} or {@code master}), or when the command line gives
 * its own.
 */
public final class PolicyTrust {
  private static final List<String> DEFAULT_BRANCHES =
      List.of(
          "refs/remotes/origin/HEAD",
          "refs/remotes/origin/main",
          "refs/remotes/origin/master",
          "refs/heads/main",
          "refs/heads/master");

  private PolicyTrust() {}

  /**
   * Why the policy's commands are not trusted, in one line; empty when they are.
   *
   * @param testCommand {@code --test-command}, which replaces the policy's
   * @param compileCommand {@code --compile-command}, which replaces the policy's
   */
  public static Optional<String> refusal(
      Path root, Policy policy, Optional<String> testCommand, Optional<String> compileCommand)
      throws IOException {
    Optional<String> test =
        testCommand.isPresent() ? Optional.empty() : PolicyTestCommand.of(policy);
    Optional<String> compile =
        compileCommand.isPresent() ? Optional.empty() : policy.compileCommand();
    if (policy.source().isEmpty() || (test.isEmpty() && compile.isEmpty())) {
      return Optional.empty(); // the policy makes ssot run nothing of its own
    }
    Path file = policy.source().get().toAbsolutePath().normalize();
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(root.toFile());
    if (builder.getGitDir() == null) {
      return Optional.of(
          file
              + " is not in a git repository, so its commands cannot be compared with a default"
              + " branch's; pass --trust-policy to run them");
    }
    try (Repository repository = builder.build()) {
      Optional<Ref> branch = defaultBranch(repository);
      if (branch.isEmpty()) {
        return Optional.of(
            "no default branch (origin/HEAD, main or master) to compare "
                + file.getFileName()
                + "'s test-command and compile-command with; pass --trust-policy to run them");
      }
      String name = Repository.shortenRefName(branch.get().getTarget().getName());
      String path =
          repository
              .getWorkTree()
              .toPath()
              .toRealPath()
              .relativize(file.toRealPath())
              .toString()
              .replace('\\', '/');
      Optional<Policy> base = policyAt(repository, branch.get().getObjectId(), path, name);
      Optional<String> differs =
          differs("test-command", test, base.flatMap(PolicyTestCommand::of), name, path)
              .or(
                  () ->
                      differs(
                          "compile-command",
                          compile,
                          base.flatMap(Policy::compileCommand),
                          name,
                          path));
      return differs.map(
          d ->
              d
                  + "; a pull request may have changed what runs beside the token: review it,"
                  + " then pass --trust-policy");
    }
  }

  /** {@code ssot.yml's test-command 'x' differs from origin/main's 'y'}; empty when equal. */
  private static Optional<String> differs(
      String key, Optional<String> here, Optional<String> base, String branch, String path) {
    if (here.isEmpty() || here.equals(base)) {
      return Optional.empty();
    }
    String what = path + "'s " + key + " '" + here.get() + "'";
    return Optional.of(
        base.isPresent()
            ? what + " differs from " + branch + "'s '" + base.get() + "'"
            : what + " is not in " + branch + "'s " + path);
  }

  private static Optional<Ref> defaultBranch(Repository repository) throws IOException {
    for (String name : DEFAULT_BRANCHES) {
      Ref ref = repository.exactRef(name);
      if (ref != null && ref.getObjectId() != null) {
        return Optional.of(ref);
      }
    }
    return Optional.empty();
  }

  /** The policy at {@code path} in the branch's commit; empty when it has none there. */
  private static Optional<Policy> policyAt(
      Repository repository, ObjectId commit, String path, String branch) throws IOException {
    try (RevWalk walk = new RevWalk(repository);
        TreeWalk tree = TreeWalk.forPath(repository, path, walk.parseCommit(commit).getTree())) {
      if (tree == null) {
        return Optional.empty();
      }
      byte[] content = repository.open(tree.getObjectId(0), Constants.OBJ_BLOB).getBytes();
      return Optional.of(new PolicyLoader().load(Path.of(branch + ":" + path), content));
    } catch (PolicyException e) {
      throw new IOException(
          "the default branch's policy does not load (" + e.getMessage() + ")", e);
    }
  }
}
