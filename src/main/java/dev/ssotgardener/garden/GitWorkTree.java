package dev.ssotgardener.garden;

import dev.ssotgardener.finding.CommitRef;
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
import org.eclipse.jgit.blame.BlameResult;
import org.eclipse.jgit.lib.BranchConfig;
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
final class GitWorkTree implements SourceControl {
  /** Where the tracker files live; they are never part of a change. */
  static final String TRACKER_FOLDER = ".ssot/";

  private final Repository repository;
  private final String prefix;

  private GitWorkTree(Repository repository, String prefix) {
    this.repository = repository;
    this.prefix = prefix;
  }

  /** The repository whose work tree holds {@code root}; empty when there is none. */
  static Optional<SourceControl> open(Path root) {
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

  @Override
  public List<String> dirtyPaths() throws IOException {
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

  @Override
  public boolean branchExists(String branch) throws IOException {
    return repository.exactRef(Constants.R_HEADS + branch) != null;
  }

  @Override
  public Optional<Boolean> parentHad(String commit, String path) {
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

  /** Blames the one file, so its cost is that file's history, not the repository's. */
  @Override
  public Optional<CommitRef> lineOrigin(String path, int line) {
    try (Git git = new Git(repository)) {
      BlameResult blame = git.blame().setFilePath(prefix + path).call();
      if (blame == null || line < 1 || line > blame.getResultContents().size()) {
        return Optional.empty();
      }
      RevCommit commit = blame.getSourceCommit(line - 1);
      return commit == null
          ? Optional.empty()
          : Optional.of(
              new CommitRef(
                  commit.getName(),
                  commit.getAuthorIdent().getName(),
                  commit.getCommitterIdent().getWhen().toInstant().toString(),
                  commit.getShortMessage()));
    } catch (GitAPIException | RuntimeException e) {
      // Provenance only sharpens the name; without it the name falls back.
      return Optional.empty();
    }
  }

  @Override
  public String commitOnNewBranch(String branch, List<String> paths, String message)
      throws IOException {
    if (branchExists(branch)) {
      throw new IOException(SourceControl.branchExistsMessage(branch));
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

  @Override
  public Optional<String> upstreamOnOrigin(String headRef) {
    if (headRef == null || !headRef.startsWith(Constants.R_HEADS)) {
      return Optional.empty();
    }
    BranchConfig config =
        new BranchConfig(repository.getConfig(), Repository.shortenRefName(headRef));
    String merge = config.getMerge();
    return "origin".equals(config.getRemote())
            && merge != null
            && merge.startsWith(Constants.R_HEADS)
        ? Optional.of(merge.substring(Constants.R_HEADS.length()))
        : Optional.empty();
  }

  @Override
  public InterruptedCommit.Intent commitIntent(String branch, String message) throws IOException {
    return InterruptedCommit.intent(repository, branch, message);
  }

  @Override
  public Optional<String> recoverCommit(InterruptedCommit.Intent intent) throws IOException {
    return InterruptedCommit.recover(repository, intent);
  }

  @Override
  public void close() {
    repository.close();
  }
}
