package dev.ssotgardener.garden;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Step 6 killed between its intent and its end, on a real repository, with HEAD on a branch or
 * detached as in a CI checkout: the rerun finds HEAD where an uninterrupted run would leave it.
 */
class InterruptedCommitTest {
  private static final String BRANCH = "ssot/SSOT-violation-environment";
  private static final String MESSAGE = "Replace os.getenv with get_env";

  @TempDir Path root;

  @Test
  void aBranchCreatedOnADetachedHeadButNotCommittedToIsRemovedAndHeadDetachedWhereItWas()
      throws Exception {
    try (Git git = repository()) {
      RevCommit base = detachedAtNewCommit(git);
      InterruptedCommit.Intent intent = intent(git);
      git.checkout().setCreateBranch(true).setName(BRANCH).call(); // killed before the commit
      Files.writeString(git.getRepository().getDirectory().toPath().resolve("HEAD.lock"), "");

      assertThat(InterruptedCommit.recover(git.getRepository(), intent)).isEmpty();

      Ref head = git.getRepository().exactRef(Constants.HEAD);
      assertThat(head.isSymbolic()).as("HEAD names no deleted branch").isFalse();
      assertThat(head.getObjectId()).isEqualTo(base);
      assertThat(git.getRepository().exactRef(Constants.R_HEADS + BRANCH)).isNull();
      assertThat(git.getRepository().getDirectory().toPath().resolve("HEAD.lock")).doesNotExist();
      // step 6 makes it again, on the commit the checkout was detached at
      String made = commitOnNewBranch();
      assertThat(parentOf(git.getRepository(), made)).isEqualTo(base.name());
    }
  }

  @Test
  void aCommitMadeOnADetachedHeadIsAdoptedWithHeadOnItsBranch() throws Exception {
    try (Git git = repository()) {
      RevCommit base = detachedAtNewCommit(git);
      InterruptedCommit.Intent intent = intent(git);
      git.checkout().setCreateBranch(true).setName(BRANCH).call();
      RevCommit made = commit(git, MESSAGE); // killed before the tracker recorded it

      assertThat(InterruptedCommit.recover(git.getRepository(), intent)).contains(made.name());

      assertThat(git.getRepository().getFullBranch()).isEqualTo(Constants.R_HEADS + BRANCH);
      assertThat(made.getParent(0)).isEqualTo(base);
    }
  }

  @Test
  void aBranchCreatedButNotCommittedToPutsHeadBackOnTheBranchItWasOn() throws Exception {
    try (Git git = repository()) {
      InterruptedCommit.Intent intent = intent(git);
      git.checkout().setCreateBranch(true).setName(BRANCH).call();

      assertThat(InterruptedCommit.recover(git.getRepository(), intent)).isEmpty();

      assertThat(git.getRepository().getFullBranch()).isEqualTo(Constants.R_HEADS + "main");
      assertThat(git.getRepository().exactRef(Constants.R_HEADS + BRANCH)).isNull();
    }
  }

  /** A repository on main with one commit and one uncommitted change for step 6 to commit. */
  private Git repository() throws Exception {
    Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
    Files.writeString(root.resolve("test_env.py"), "import os\n");
    git.add().addFilepattern(".").call();
    commit(git, "initial");
    Files.writeString(root.resolve("test_env.py"), "from shared import get_env\n");
    return git;
  }

  /** A second commit, checked out detached as CI does; the change stays in the work tree. */
  private RevCommit detachedAtNewCommit(Git git) throws Exception {
    Files.writeString(root.resolve("README.md"), "ci\n");
    git.add().addFilepattern("README.md").call();
    RevCommit commit = commit(git, "ci");
    git.checkout().setName(commit.name()).call();
    assertThat(git.getRepository().exactRef(Constants.HEAD).isSymbolic()).isFalse();
    return commit;
  }

  private static RevCommit commit(Git git, String message) throws Exception {
    return git.commit()
        .setMessage(message)
        .setAuthor("t", "t@example.com")
        .setCommitter("t", "t@example.com")
        .setSign(false)
        .call();
  }

  private static InterruptedCommit.Intent intent(Git git) throws Exception {
    return InterruptedCommit.intent(git.getRepository(), BRANCH, MESSAGE);
  }

  private String commitOnNewBranch() throws Exception {
    try (SourceControl git = GitWorkTree.open(root).orElseThrow()) {
      return git.commitOnNewBranch(BRANCH, List.of("test_env.py"), MESSAGE);
    }
  }

  private static String parentOf(Repository repository, String commit) throws Exception {
    try (RevWalk walk = new RevWalk(repository)) {
      return walk.parseCommit(repository.resolve(commit)).getParent(0).name();
    }
  }
}
