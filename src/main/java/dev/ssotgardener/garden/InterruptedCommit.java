package dev.ssotgardener.garden;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Step 6's branch and commit made atomic from the garden's view. Before it creates the branch the
 * run records an {@link Intent} in its journal; a rerun that finds one cleans the lock files the
 * killed run left (those made since the intent), finishes a commit that was made (HEAD onto the
 * branch, as an uninterrupted run leaves it) and removes a branch that was created but not
 * committed to (HEAD back where it was: on its branch, or detached at its commit as in a CI
 * checkout), so step 6 either adopts the commit or makes it again.
 */
final class InterruptedCommit {
  /**
   * What step 6 was about to do.
   *
   * @param base the commit HEAD was at; null in a repository without commits
   * @param headRef the branch HEAD named; null when HEAD was detached
   */
  record Intent(String branch, String base, String headRef, String message, long startedMillis) {}

  private InterruptedCommit() {}

  static Intent intent(Repository repository, String branch, String message) throws IOException {
    Ref head = repository.exactRef(Constants.HEAD);
    ObjectId base = repository.resolve(Constants.HEAD);
    return new Intent(
        branch,
        base == null ? null : base.name(),
        head != null && head.isSymbolic() ? head.getTarget().getName() : null,
        message,
        System.currentTimeMillis());
  }

  /**
   * The commit an interrupted step 6 made, HEAD now on its branch; empty when it made none (any
   * branch it had only created is gone) or when the branch is not the one it made.
   */
  static Optional<String> recover(Repository repository, Intent intent) throws IOException {
    String name = Constants.R_HEADS + intent.branch();
    Path git = repository.getDirectory().toPath();
    for (Path lock : List.of(git.resolve(name + ".lock"), git.resolve("HEAD.lock"))) {
      if (Files.exists(lock)
          && Files.getLastModifiedTime(lock).toMillis() >= intent.startedMillis() - 1000) {
        Files.delete(lock); // made by the killed run after it recorded the intent
      }
    }
    Path index = git.resolve("index.lock");
    if (Files.exists(index)
        && Files.getLastModifiedTime(index).toMillis() >= intent.startedMillis() - 1000) {
      Files.delete(index);
    }
    Ref ref = repository.exactRef(name);
    if (ref == null) {
      restoreHead(repository, intent);
      return Optional.empty();
    }
    if (ref.getObjectId().name().equals(intent.base())) {
      // created but never committed to: as if step 6 had not begun; HEAD first, so it never
      // names a deleted branch
      restoreHead(repository, intent);
      RefUpdate delete = repository.updateRef(name);
      delete.setForceUpdate(true);
      delete.delete();
      return Optional.empty();
    }
    try (RevWalk walk = new RevWalk(repository)) {
      RevCommit tip = walk.parseCommit(ref.getObjectId());
      boolean ours =
          tip.getParentCount() == (intent.base() == null ? 0 : 1)
              && (intent.base() == null || tip.getParent(0).name().equals(intent.base()))
              && tip.getFullMessage().strip().equals(intent.message().strip());
      if (!ours) {
        return Optional.empty();
      }
      link(repository, name);
      return Optional.of(tip.name());
    }
  }

  /** HEAD where step 6 found it: on its branch, or detached at its commit. */
  private static void restoreHead(Repository repository, Intent intent) throws IOException {
    if (intent.headRef() != null) {
      link(repository, intent.headRef());
    } else if (intent.base() != null) {
      detach(repository, ObjectId.fromString(intent.base()));
    }
  }

  private static void detach(Repository repository, ObjectId commit) throws IOException {
    Ref head = repository.exactRef(Constants.HEAD);
    if (head != null && !head.isSymbolic() && commit.equals(head.getObjectId())) {
      return;
    }
    RefUpdate update = repository.updateRef(Constants.HEAD, true);
    update.setNewObjectId(commit);
    check(update.forceUpdate(), "detach HEAD at " + commit.name());
  }

  private static void link(Repository repository, String ref) throws IOException {
    Ref head = repository.exactRef(Constants.HEAD);
    if (head != null && head.isSymbolic() && head.getTarget().getName().equals(ref)) {
      return;
    }
    check(repository.updateRef(Constants.HEAD).link(ref), "point HEAD at " + ref);
  }

  private static void check(RefUpdate.Result result, String what) throws IOException {
    if (result != RefUpdate.Result.NEW
        && result != RefUpdate.Result.FORCED
        && result != RefUpdate.Result.NO_CHANGE) {
      throw new IOException("git: could not " + what + " (" + result + ")");
    }
  }
}
