package dev.ssotgardener.merges;

import dev.ssotgardener.finding.CommitRef;
import java.util.List;
import java.util.Locale;

/**
 * Code a merge resolution lost: a {@code dropped-both} hunk or a {@code whole-side} file.
 *
 * @param ours the merge's first parent (the branch merged into)
 * @param theirs its second parent
 * @param path the file in the merge commit
 * @param line the 1-based line of the merged file where the lost code would have been
 * @param oursLost non-blank lines ours added or changed that the merge does not have
 * @param theirsLost the same for theirs
 */
public record LossyMerge(
    Kind kind,
    CommitRef merge,
    String ours,
    String theirs,
    String path,
    int line,
    List<String> oursLost,
    List<String> theirsLost) {
  public LossyMerge {
    oursLost = List.copyOf(oursLost);
    theirsLost = List.copyOf(theirsLost);
  }

  /** What was lost. */
  public enum Kind {
    /** One conflict hunk resolved to neither side's lines. */
    DROPPED_BOTH,
    /** The merge took one parent's whole file while the other parent had changed it. */
    WHOLE_SIDE;

    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
