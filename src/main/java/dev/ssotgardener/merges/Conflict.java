package dev.ssotgardener.merges;

import java.util.List;

/**
 * One conflict hunk of a re-merged file: each side's lines, and where it sits among the lines both
 * sides agree on.
 *
 * @param position how many agreed (clean) lines of the merge precede the hunk
 * @param oursLine the 1-based line of ours where the hunk starts
 * @param theirsLine the same in theirs
 */
record Conflict(
    List<String> base,
    List<String> ours,
    List<String> theirs,
    int position,
    int oursLine,
    int theirsLine) {
  Conflict {
    base = List.copyOf(base);
    ours = List.copyOf(ours);
    theirs = List.copyOf(theirs);
  }

  /** The non-blank lines ours added or changed in this hunk: its lines not in the base's. */
  List<String> oursOwn() {
    return Lines.minus(Lines.nonBlank(ours), Lines.nonBlank(base));
  }

  List<String> theirsOwn() {
    return Lines.minus(Lines.nonBlank(theirs), Lines.nonBlank(base));
  }
}
