package dev.ssotgardener.garden;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The git repository around the gardened root, through JGit: whether the work tree is clean,
 * whether a commit's parent already had a file, and the branch and commit of step 6. Paths in and
 * out are relative to the gardened root, which may lie below the work tree's top.
 */
final class GitWorkTree implements AutoCloseable {
  /** Where the tracker files live; they are never part of a change. */
  static final String TRACKER_FOLDER = ".ssot/";

  private final Repository repository;
  private final String prefix;

  private GitWorkTree(Repository repository, String prefix) {
    this.repository = repository;
    this.prefix = prefix;
  }

  /** The repository whose work tree holds {@code root}; empty when there is none. */
  static Optional<GitWorkTree> open(Path root) {
    try {
      FileRepositoryBuilder builder =
          new FileRepositoryBuilder().findGitDir(root.toAbsolutePath().toFile());
      if (builder.getGitDir() == null) {
        return Optional.empty();
      }
      Repository repository = builder.build();
      if (repository.isBare()) {
        repository.close();
        return Optional.empty();
      }
      Path top = repository.getWorkTree().toPath().toRealPath();
      String relative =
          top.relativize(root.toRealPath()).toString().replace(File.separatorChar, '/');
      return Optional.of(new GitWorkTree(repository, relative.isEmpty() ? "" : relative + "/"));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Files with uncommitted changes to tracked content under the root, tracker files aside. */
  List<String> dirtyPaths() throws IOException {
    try (Git git = new Git(repository)) {
      Status status = git.status().call();
      TreeSet<String> dirty = new TreeSet<>();
      dirty.addAll(status.getUncommittedChanges());
      dirty.addAll(status.getConflicting());
      List<String> under = new ArrayList<>();
      for (String path : dirty) {
        if (path.startsWith(prefix)
            && !path.substring(prefix.length()).startsWith(TRACKER_FOLDER)) {
          under.add(path.substring(prefix.length()));
        }
      }
      return under;
    } catch (GitAPIException e) {
      throw new IOException("git status failed: " + e.getMessage(), e);
    }
  }

  boolean branchExists(String branch) throws IOException {
    return repository.exactRef(Constants.R_HEADS + branch) != null;
  }

  /**
   * Whether the first parent of {@code commit} already had the file; empty when the commit is
   * unknown here or has no parent.
   */
  Optional<Boolean> parentHad(String commit, String path) {
    try (RevWalk walk = new RevWalk(repository)) {
      ObjectId id = repository.resolve(commit);
      if (id == null) {
        return Optional.empty();
      }
      RevCommit parsed = walk.parseCommit(id);
      if (parsed.getParentCount() == 0) {
        return Optional.of(false);
      }
      RevCommit parent = walk.parseCommit(parsed.getParent(0));
      try (TreeWalk tree = TreeWalk.forPath(repository, prefix + path, parent.getTree())) {
        return Optional.of(tree != null);
      }
    } catch (IOException | RuntimeException e) {
      // History only sharpens the name; without it the name falls back.
      return Optional.empty();
    }
  }

  /**
   * Creates {@code branch} at HEAD, switches to it keeping the work tree's changes, and commits
   * {@code paths} there; returns the new commit's id. Refuses an existing branch.
   */
  String commitOnNewBranch(String branch, List<String> paths, String message) throws IOException {
    if (branchExists(branch)) {
      throw new IOException(branchExistsMessage(branch));
    }
    try (Git git = new Git(repository)) {
      git.checkout().setCreateBranch(true).setName(branch).call();
      var add = git.add();
      paths.forEach(p -> add.addFilepattern(prefix + p));
      add.call();
      return git.commit().setMessage(message).call().getName();
    } catch (GitAPIException e) {
      throw new IOException("git: " + e.getMessage(), e);
    }
  }

  static String branchExistsMessage(String branch) {
    return "branch "
        + branch
        + " already exists; ssot garden never moves a branch: delete or rename it first";
  }

  /** What step 6 is about to do, recorded before it begins ({@link InterruptedCommit}). */
  InterruptedCommit.Intent commitIntent(String branch, String message) throws IOException {
    return InterruptedCommit.intent(repository, branch, message);
  }

  /** The commit an interrupted step 6 made, finished; empty when it made none. */
  Optional<String> recoverCommit(InterruptedCommit.Intent intent) throws IOException {
    return InterruptedCommit.recover(repository, intent);
  }

  @Override
  public void close() {
    repository.close();
  }
}
