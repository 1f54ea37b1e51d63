package dev.ssotgardener.merges;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.errors.NoMergeBaseException;
import org.eclipse.jgit.errors.NoMergeBaseException.MergeBaseFailureReason;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeResult;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ResolveMerger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Merges a merge commit's two parents again, as git would (the recursive strategy, a virtual base
 * for criss-cross merges), in memory, and returns the files left conflicted. JGit's merger does not
 * follow renames, so a file one side renamed and the other changed is merged here again under its
 * new name, as git's rename detection would.
 */
final class Remerge {
  private final Repository repository;

  Remerge(Repository repository) {
    this.repository = repository;
  }

  /**
   * The files left conflicted by re-merging a merge's parents.
   *
   * @param files empty when the parents merge cleanly
   * @param oneBase the merge bases of a criss-cross merge conflicted among themselves, which JGit
   *     cannot turn into a virtual base, so the newest merge base served as the base
   */
  record Outcome(List<ConflictedFile> files, boolean oneBase, boolean unrelated) {
    static final Outcome CLEAN = new Outcome(List.of(), false, false);
    static final Outcome UNRELATED = new Outcome(List.of(), false, true);
  }

  /** Re-merges {@code merge}'s two parents. */
  Outcome conflicts(RevCommit merge) throws IOException, NoMergeBaseException {
    try (MemoryInserter inserter = new MemoryInserter(repository);
        ObjectReader reader = inserter.newReader();
        RevWalk walk = new RevWalk(reader)) {
      RevCommit ours = walk.parseCommit(merge.getParent(0));
      RevCommit theirs = walk.parseCommit(merge.getParent(1));
      List<RevCommit> bases = mergeBases(reader, ours, theirs);
      if (bases.isEmpty()) {
        return Outcome.UNRELATED;
      }
      if (bases.size() == 1 && !bothSidesChangedAFile(reader, bases.get(0), ours, theirs)) {
        return Outcome.CLEAN;
      }
      ResolveMerger merger = (ResolveMerger) MergeStrategy.RECURSIVE.newMerger(repository, true);
      merger.setObjectInserter(inserter);
      boolean oneBase = false;
      try {
        if (merger.merge(ours, theirs)) {
          return Outcome.CLEAN;
        }
      } catch (NoMergeBaseException e) {
        if (e.getReason() != MergeBaseFailureReason.CONFLICTS_DURING_MERGE_BASE_CALCULATION) {
          throw e;
        }
        merger = (ResolveMerger) MergeStrategy.RESOLVE.newMerger(repository, true);
        merger.setObjectInserter(inserter);
        merger.setBase(bases.get(0));
        oneBase = true;
        if (merger.merge(ours, theirs)) {
          return Outcome.CLEAN;
        }
      }
      // A virtual base is never written as a commit: renames are found from the newest real base.
      RevTree base = walk.parseCommit(bases.get(0)).getTree();
      Trees trees = new Trees(reader, base, ours.getTree(), theirs.getTree(), merge.getTree());
      List<ConflictedFile> files = new ArrayList<>();
      Map<String, MergeResult<? extends Sequence>> results = merger.getMergeResults();
      for (String path : merger.getUnmergedPaths()) {
        MergeResult<? extends Sequence> result = results.get(path);
        if (trees.deletedBySide(path)) {
          // JGit merges a modify/delete against an empty side; only a rename makes it hunks.
          trees.renamed(path).ifPresent(files::add);
        } else if (result != null && result.containsConflicts()) {
          @SuppressWarnings("unchecked")
          MergeResult<RawText> text = (MergeResult<RawText>) result;
          trees.file(path, path, text).ifPresent(files::add);
        }
      }
      return new Outcome(files, oneBase, false);
    }
  }

  /** The merge bases of two commits, newest first. */
  private static List<RevCommit> mergeBases(ObjectReader reader, RevCommit ours, RevCommit theirs)
      throws IOException {
    try (RevWalk walk = new RevWalk(reader)) {
      walk.setRevFilter(RevFilter.MERGE_BASE);
      walk.markStart(walk.parseCommit(ours));
      walk.markStart(walk.parseCommit(theirs));
      List<RevCommit> bases = new ArrayList<>();
      walk.forEach(bases::add);
      bases.sort(Comparator.comparingInt(RevCommit::getCommitTime).reversed());
      return bases;
    }
  }

  /**
   * Whether a file differs in both parents from their merge base and between them: the only way a
   * merge can have a content conflict. Answered by comparing trees (shared subtrees cost nothing),
   * so clean merges with one merge base never reach the merger.
   */
  private static boolean bothSidesChangedAFile(
      ObjectReader reader, RevCommit base, RevCommit ours, RevCommit theirs) throws IOException {
    try (TreeWalk walk = new TreeWalk(reader)) {
      walk.addTree(base.getTree());
      walk.addTree(ours.getTree());
      walk.addTree(theirs.getTree());
      walk.setRecursive(true);
      walk.setFilter(TreeFilter.ANY_DIFF);
      while (walk.next()) {
        if (!walk.idEqual(0, 1) && !walk.idEqual(0, 2) && !walk.idEqual(1, 2)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean regular(int mode) {
    return FileMode.REGULAR_FILE.equals(mode) || FileMode.EXECUTABLE_FILE.equals(mode);
  }

  /** The four trees of one merge: base, ours, theirs and the committed merge. */
  private final class Trees {
    private final ObjectReader reader;
    private final RevTree base;
    private final RevTree ours;
    private final RevTree theirs;
    private final RevTree merged;
    private final Map<RevTree, Map<String, String>> renames = new HashMap<>();

    Trees(ObjectReader reader, RevTree base, RevTree ours, RevTree theirs, RevTree merged) {
      this.reader = reader;
      this.base = base;
      this.ours = ours;
      this.theirs = theirs;
      this.merged = merged;
    }

    /** The file at {@code path} merged from {@code result}, read at {@code mergedPath}. */
    Optional<ConflictedFile> file(String path, String mergedPath, MergeResult<RawText> result)
        throws IOException {
      List<RawText> texts = result.getSequences();
      Optional<RawText> committed = text(merged, mergedPath);
      if (texts.stream().anyMatch(t -> RawText.isBinary(t.getRawContent()))
          || committed.filter(t -> RawText.isBinary(t.getRawContent())).isPresent()) {
        return Optional.empty();
      }
      return Optional.of(
          new ConflictedFile(
              mergedPath,
              MergedText.of(result),
              texts.get(0),
              texts.get(1),
              texts.get(2),
              committed));
    }

    /** Whether the base has {@code path} and exactly one side does not. */
    boolean deletedBySide(String path) throws IOException {
      return blob(base, path).isPresent()
          && blob(ours, path).isPresent() != blob(theirs, path).isPresent();
    }

    /**
     * A path one side deleted and the other changed: when the deleting side renamed it, the three
     * texts merged under the new name; otherwise nothing (a modify/delete has no hunks).
     */
    Optional<ConflictedFile> renamed(String path) throws IOException {
      Optional<RawText> inBase = text(base, path);
      Optional<RawText> inOurs = text(ours, path);
      Optional<RawText> inTheirs = text(theirs, path);
      RevTree renaming = inOurs.isEmpty() ? ours : theirs;
      String target = renames(renaming).get(path);
      if (target == null) {
        return Optional.empty();
      }
      Optional<RawText> moved = text(renaming, target);
      if (moved.isEmpty()) {
        return Optional.empty();
      }
      RawText oursText = inOurs.isEmpty() ? moved.get() : inOurs.get();
      RawText theirsText = inTheirs.isEmpty() ? moved.get() : inTheirs.get();
      MergeResult<RawText> result =
          new MergeAlgorithm().merge(RawTextComparator.DEFAULT, inBase.get(), oursText, theirsText);
      return result.containsConflicts() ? file(path, target, result) : Optional.empty();
    }

    /** Renames from the base to {@code side}, old path to new path, as git diff -M finds them. */
    private Map<String, String> renames(RevTree side) throws IOException {
      Map<String, String> known = renames.get(side);
      if (known != null) {
        return known;
      }
      Map<String, String> found = new HashMap<>();
      try (TreeWalk walk = new TreeWalk(reader)) {
        walk.addTree(base);
        walk.addTree(side);
        walk.setRecursive(true);
        walk.setFilter(TreeFilter.ANY_DIFF);
        RenameDetector detector =
            new RenameDetector(reader, repository.getConfig().get(DiffConfig.KEY));
        detector.addAll(DiffEntry.scan(walk));
        for (DiffEntry entry : detector.compute(reader, NullProgressMonitor.INSTANCE)) {
          if (entry.getChangeType() == DiffEntry.ChangeType.RENAME) {
            found.put(entry.getOldPath(), entry.getNewPath());
          }
        }
      } catch (CanceledException e) {
        throw new IOException(e);
      }
      renames.put(side, found);
      return found;
    }

    private Optional<RawText> text(RevTree tree, String path) throws IOException {
      Optional<ObjectId> blob = blob(tree, path);
      return blob.isEmpty()
          ? Optional.empty()
          : Optional.of(new RawText(reader.open(blob.get(), Constants.OBJ_BLOB).getCachedBytes()));
    }

    private Optional<ObjectId> blob(RevTree tree, String path) throws IOException {
      try (TreeWalk walk = TreeWalk.forPath(reader, path, tree)) {
        return walk == null || !regular(walk.getRawMode(0))
            ? Optional.empty()
            : Optional.of(walk.getObjectId(0));
      }
    }
  }
}
