package dev.ssotgardener.merges;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.merge.MergeChunk;
import org.eclipse.jgit.merge.MergeChunk.ConflictState;
import org.eclipse.jgit.merge.MergeResult;

/**
 * A re-merged file as the merger left it: the lines both sides agree on ({@code clean}) with the
 * conflict hunks between them.
 */
record MergedText(List<String> clean, List<Conflict> conflicts) {
  MergedText {
    clean = List.copyOf(clean);
    conflicts = List.copyOf(conflicts);
  }

  /** Reads a merge result whose sequences are base, ours and theirs, in JGit's order. */
  static MergedText of(MergeResult<RawText> result) {
    List<List<String>> sequences = result.getSequences().stream().map(Lines::of).toList();
    List<String> clean = new ArrayList<>();
    List<Conflict> conflicts = new ArrayList<>();
    // A hunk's chunks come as ours (first), base, theirs (next); a clean chunk or the next hunk
    // ends it.
    List<MergeChunk> hunk = new ArrayList<>();
    for (MergeChunk chunk : result) {
      if (chunk.getConflictState() != ConflictState.NEXT_CONFLICTING_RANGE
          && chunk.getConflictState() != ConflictState.BASE_CONFLICTING_RANGE
          && !hunk.isEmpty()) {
        conflicts.add(conflict(hunk, sequences, clean.size()));
        hunk.clear();
      }
      if (chunk.getConflictState() == ConflictState.NO_CONFLICT) {
        clean.addAll(lines(sequences, chunk));
      } else {
        hunk.add(chunk);
      }
    }
    if (!hunk.isEmpty()) {
      conflicts.add(conflict(hunk, sequences, clean.size()));
    }
    return new MergedText(clean, conflicts);
  }

  private static Conflict conflict(
      List<MergeChunk> hunk, List<List<String>> sequences, int position) {
    List<List<String>> sides = new ArrayList<>(List.of(List.of(), List.of(), List.of()));
    int[] firstLine = {1, 1, 1};
    for (MergeChunk chunk : hunk) {
      sides.set(chunk.getSequenceIndex(), lines(sequences, chunk));
      firstLine[chunk.getSequenceIndex()] = chunk.getBegin() + 1;
    }
    return new Conflict(
        sides.get(0), sides.get(1), sides.get(2), position, firstLine[1], firstLine[2]);
  }

  private static List<String> lines(List<List<String>> sequences, MergeChunk chunk) {
    List<String> lines = sequences.get(chunk.getSequenceIndex());
    // JGit gives the base range of a file both sides added (an empty base) as nonsense: clamp it.
    int begin = Math.min(chunk.getBegin(), lines.size());
    int end = Math.min(Math.max(chunk.getEnd(), begin), lines.size());
    return lines.subList(begin, end);
  }
}
