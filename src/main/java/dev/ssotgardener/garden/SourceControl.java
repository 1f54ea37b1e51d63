package dev.ssotgardener.garden;

import dev.ssotgardener.finding.CommitRef;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * What the garden asks of the repository's version control ({@link GitWorkTree} in a real run).
 * Paths are relative to the gardened root.
 */
interface SourceControl extends AutoCloseable {
  /** Files with uncommitted changes to tracked content, tracker files aside. */
  List<String> dirtyPaths() throws IOException;

  boolean branchExists(String branch) throws IOException;

  /**
   * Whether the first parent of {@code commit} already had the file; empty when the commit is
   * unknown or has no parent.
   */
  Optional<Boolean> parentHad(String commit, String path);

  /**
   * The commit that last changed line {@code line} (1-based) of the file at HEAD: where a finding
   * on it came from; empty when unknown (an uncommitted line, no history).
   */
  Optional<CommitRef> lineOrigin(String path, int line);

  /**
   * Creates {@code branch} at HEAD, switches to it keeping the work tree's changes, and commits
   * {@code paths} there; returns the new commit's id. Refuses an existing branch.
   */
  String commitOnNewBranch(String branch, List<String> paths, String message) throws IOException;

  /**
   * The branch on {@code origin} that the local branch {@code headRef} tracks (its upstream): where
   * a pull request of work begun there goes; empty for a detached HEAD or a branch with none.
   */
  Optional<String> upstreamOnOrigin(String headRef);

  /** What step 6 is about to do, recorded in the journal before it begins. */
  InterruptedCommit.Intent commitIntent(String branch, String message) throws IOException;

  /**
   * The commit an interrupted step 6 made, finished (HEAD on its branch); empty when it made none
   * (a branch it only created is gone, lock files it left are removed).
   */
  Optional<String> recoverCommit(InterruptedCommit.Intent intent) throws IOException;

  @Override
  void close();

  /** The words of a refusal to touch an existing branch. */
  static String branchExistsMessage(String branch) {
    return "branch "
        + branch
        + " already exists; ssot garden never moves a branch: delete or rename it first";
  }
}
