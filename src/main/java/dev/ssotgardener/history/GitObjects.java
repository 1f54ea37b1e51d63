package dev.ssotgardener.history;

import dev.ssotgardener.workspace.ReadOutcome;
import dev.ssotgardener.workspace.SkipReason;
import dev.ssotgardener.workspace.SkippedFile;
import dev.ssotgardener.workspace.SourceReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * One repository's object database, read without a checkout. Objects missing from the database (a
 * partial or damaged clone) are counted and skipped, never fatal. Tree reads happen on the calling
 * thread; {@link #read} may be called from any thread.
 */
final class GitObjects implements AutoCloseable {
  private final Repository repository;
  private final ObjectReader reader;
  private final SourceReader decoder = new SourceReader();
  private final long maxFileSize;

  /** Objects found missing, so each is looked up once and counted once. */
  private final Set<ObjectId> missing = ConcurrentHashMap.newKeySet();

  private GitObjects(Repository repository, long maxFileSize) {
    this.repository = repository;
    this.reader = repository.newObjectReader();
    this.maxFileSize = maxFileSize;
  }

  /** Opens the repository at or above {@code dir}, as git finds it; bare repositories too. */
  static GitObjects open(Path dir, long maxFileSize) throws HistoryException {
    return new GitObjects(GitRepositories.open(dir), maxFileSize);
  }

  RevWalk newWalk() {
    return new RevWalk(reader);
  }

  /** The commit a revision names in {@code walk} ({@code HEAD}, a branch, an abbreviated id). */
  RevCommit resolve(RevWalk walk, String revision) throws HistoryException {
    return GitRepositories.resolve(repository, walk, revision);
  }

  /**
   * The order of a recursive walk of a git tree: paths compared byte by byte in UTF-8 (a folder
   * sorts as its name and a {@code /}), which is the order of their code points.
   */
  static final Comparator<String> TREE_ORDER =
      (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
          int x = a.codePointAt(i);
          int y = b.codePointAt(j);
          if (x != y) {
            return Integer.compare(x, y);
          }
          i += Character.charCount(x);
          j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
      };

  /**
   * The regular files of a commit's tree by path, in tree order; empty when a tree object is
   * missing, since a partial listing would invent dangling imports.
   */
  Optional<NavigableMap<String, ObjectId>> files(RevCommit commit) {
    NavigableMap<String, ObjectId> files = new TreeMap<>(TREE_ORDER);
    try (TreeWalk walk = new TreeWalk(repository, reader)) {
      walk.addTree(commit.getTree());
      walk.setRecursive(true);
      while (walk.next()) {
        ObjectId blob = regular(walk, 0);
        if (blob != null) {
          files.put(walk.getPathString(), blob);
        }
      }
      return Optional.of(files);
    } catch (IOException e) {
      missing.add(commit.getTree().copy());
      return Optional.empty();
    }
  }

  /**
   * The regular files that differ between two commits' trees, read by comparing the trees (so
   * subtrees both share are skipped: the cost grows with the change, not the tree); empty when a
   * tree object is missing.
   */
  Optional<List<Change>> changes(RevCommit from, RevCommit to) {
    List<Change> changes = new ArrayList<>();
    try (TreeWalk walk = new TreeWalk(repository, reader)) {
      walk.addTree(from.getTree());
      walk.addTree(to.getTree());
      walk.setRecursive(true);
      walk.setFilter(TreeFilter.ANY_DIFF);
      while (walk.next()) {
        ObjectId before = regular(walk, 0);
        ObjectId after = regular(walk, 1);
        if (!Objects.equals(before, after)) {
          changes.add(new Change(walk.getPathString(), before, after));
        }
      }
      return Optional.of(changes);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The blob of a regular file in tree {@code n} of the walk; null for anything else or none. */
  private static ObjectId regular(TreeWalk walk, int n) {
    int mode = walk.getRawMode(n);
    // Symbolic links and submodules are not content of this repository.
    return FileMode.REGULAR_FILE.equals(mode) || FileMode.EXECUTABLE_FILE.equals(mode)
        ? walk.getObjectId(n)
        : null;
  }

  /** One path's regular-file blob in two trees; null where the path holds none. */
  record Change(String path, ObjectId before, ObjectId after) {
    /** The path holds a file in both trees. */
    boolean modified() {
      return before != null && after != null;
    }
  }

  /** Reads and decodes one blob as a file is read from disk; thread-safe. */
  ReadOutcome read(String path, ObjectId blob) {
    if (missing.contains(blob)) {
      return skipped(path, SkipReason.UNREADABLE, "git object " + blob.name() + " is missing");
    }
    try {
      ObjectLoader loader = repository.open(blob, Constants.OBJ_BLOB);
      if (loader.getSize() > maxFileSize) {
        return skipped(path, SkipReason.TOO_LARGE, loader.getSize() + " bytes");
      }
      return decoder.decode(path, loader.getCachedBytes());
    } catch (MissingObjectException e) {
      missing.add(blob.copy());
      return skipped(path, SkipReason.UNREADABLE, "git object " + blob.name() + " is missing");
    } catch (IOException e) {
      missing.add(blob.copy());
      return skipped(path, SkipReason.UNREADABLE, e.getMessage());
    }
  }

  /**
   * Files renamed between two commits, new path to old path, as {@code git diff -M} finds them;
   * empty when an object needed to compare contents is missing.
   */
  Map<String, String> renames(RevCommit from, RevCommit to) {
    Map<String, String> renames = new HashMap<>();
    try (TreeWalk walk = new TreeWalk(repository, reader)) {
      walk.addTree(from.getTree());
      walk.addTree(to.getTree());
      walk.setRecursive(true);
      walk.setFilter(TreeFilter.ANY_DIFF);
      RenameDetector detector =
          new RenameDetector(reader, repository.getConfig().get(DiffConfig.KEY));
      detector.addAll(DiffEntry.scan(walk));
      for (DiffEntry entry : detector.compute(reader, NullProgressMonitor.INSTANCE)) {
        if (entry.getChangeType() == DiffEntry.ChangeType.RENAME) {
          renames.put(entry.getNewPath(), entry.getOldPath());
        }
      }
    } catch (IOException | CanceledException e) {
      // Contents that cannot be compared (missing objects) leave the files unrenamed.
      return Map.of();
    }
    return renames;
  }

  /** Distinct objects that were missing or unreadable so far. */
  int missingObjects() {
    return missing.size();
  }

  private static ReadOutcome skipped(String path, SkipReason reason, String detail) {
    return new ReadOutcome.Skipped(new SkippedFile(path, reason, detail));
  }

  @Override
  public void close() {
    reader.close();
    repository.close();
  }
}
