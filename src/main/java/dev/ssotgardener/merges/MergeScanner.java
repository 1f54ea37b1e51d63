package dev.ssotgardener.merges;

import dev.ssotgardener.finding.CommitRef;
import dev.ssotgardener.history.GitRepositories;
import dev.ssotgardener.history.HistoryException;
import dev.ssotgardener.policy.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.NoMergeBaseException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Walks the merges of a range of history and judges how each resolved its conflicts. Only merges
 * whose parents changed the same file are merged again, so the cost grows with conflicted merges,
 * not with the length of the history.
 */
public final class MergeScanner {
  private final Severity severity;
  private final FileJudgement judgement = new FileJudgement();

  /** {@code severity}: of {@code dropped-both}; {@code whole-side} is reported as a warning. */
  public MergeScanner(Severity severity) {
    this.severity = severity;
  }

  /**
   * Judges the two-parent merges reachable from {@code head} in the repository at or above {@code
   * dir}, newest first: not those reachable from {@code since}, and among at most {@code
   * maxCommits} commits when given.
   */
  public MergeReport scan(
      Path dir, String head, Optional<String> since, Optional<Integer> maxCommits)
      throws HistoryException {
    long start = System.nanoTime();
    try (Repository repository = GitRepositories.open(dir);
        RevWalk walk = new RevWalk(repository)) {
      walk.markStart(GitRepositories.resolve(repository, walk, head));
      if (since.isPresent()) {
        walk.markUninteresting(GitRepositories.resolve(repository, walk, since.get()));
      }
      Remerge remerge = new Remerge(repository);
      Map<HunkClass, Integer> hunks = new EnumMap<>(HunkClass.class);
      for (HunkClass c : HunkClass.values()) {
        hunks.put(c, 0);
      }
      List<LossyMerge> lossy = new ArrayList<>();
      List<UnalignedHunk> unaligned = new ArrayList<>();
      int walked = 0;
      int examined = 0;
      int conflicted = 0;
      int skipped = 0;
      int files = 0;
      int wholeSide = 0;
      int oneBase = 0;
      for (RevCommit commit : walk) {
        if (maxCommits.isPresent() && walked >= maxCommits.get()) {
          break;
        }
        walked++;
        if (commit.getParentCount() < 2) {
          continue;
        }
        if (commit.getParentCount() > 2) {
          skipped++;
          continue;
        }
        examined++;
        Remerge.Outcome outcome;
        try {
          outcome = remerge.conflicts(commit);
        } catch (NoMergeBaseException | MissingObjectException e) {
          // Too many merge bases, or a partial clone: not judged.
          skipped++;
          continue;
        }
        if (outcome.unrelated()) {
          skipped++;
          continue;
        }
        if (outcome.files().isEmpty()) {
          continue;
        }
        conflicted++;
        oneBase += outcome.oneBase() ? 1 : 0;
        CommitRef ref = GitRepositories.ref(commit);
        String ours = commit.getParent(0).name();
        String theirs = commit.getParent(1).name();
        for (ConflictedFile file : outcome.files()) {
          files++;
          FileJudgement.Verdict verdict = judgement.judge(ref, ours, theirs, file);
          verdict.hunks().forEach(c -> hunks.merge(c, 1, Integer::sum));
          wholeSide += verdict.wholeSide() ? 1 : 0;
          lossy.addAll(verdict.lossy());
          unaligned.addAll(verdict.unaligned());
        }
      }
      MergeStats stats =
          new MergeStats(
              walked,
              examined,
              conflicted,
              oneBase,
              skipped,
              files,
              hunks,
              wholeSide,
              Duration.ofNanos(System.nanoTime() - start));
      return new MergeReport(stats, lossy, new LossyFindings(severity).of(lossy), unaligned);
    } catch (IOException e) {
      throw new HistoryException(dir + ": cannot read the git history: " + e.getMessage(), e);
    }
  }
}
