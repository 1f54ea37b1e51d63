package dev.ssotgardener.merges;

import java.time.Duration;
import java.util.Map;

/**
 * What a scan looked at.
 *
 * @param commitsWalked commits in the walked range
 * @param mergesExamined two-parent merges in it
 * @param mergesConflicted merges whose re-merge had conflicts (the only ones read further)
 * @param mergesOnOneBase conflicted criss-cross merges whose merge bases conflicted among
 *     themselves (JGit builds no virtual base then): re-merged from the newest merge base
 * @param mergesSkipped merges with more than two parents, or not judged (no merge base, too many,
 *     objects missing from the database)
 * @param filesConflicted files with conflict hunks
 * @param hunks conflict hunks per class, every class present
 * @param wholeSideFiles conflicted files committed as one parent's whole blob while the other
 *     parent had changed them, reported or not
 */
public record MergeStats(
    int commitsWalked,
    int mergesExamined,
    int mergesConflicted,
    int mergesOnOneBase,
    int mergesSkipped,
    int filesConflicted,
    Map<HunkClass, Integer> hunks,
    int wholeSideFiles,
    Duration time) {
  public MergeStats {
    hunks = Map.copyOf(hunks);
  }
}
