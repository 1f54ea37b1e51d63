package dev.ssotgardener.merges;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/**
 * Finds where each conflict hunk went in the committed file. The lines both sides agreed on are
 * diffed (histogram diff) against the committed lines; a hunk's region is what the commit has
 * between the agreed line just before the hunk and the one just after, each found unchanged in the
 * commit. Blank lines are never anchors (a diff pairs them with any other blank line), so the
 * nearest non-blank agreed lines are; when one is not found unchanged (the resolution edited the
 * context too), the hunk's boundary is unknown and it is not aligned.
 */
final class HunkAligner {
  private static final DiffAlgorithm DIFF = new HistogramDiff();

  /** A hunk's lines in the committed file: {@code [start, end)}, 0-based. */
  record Region(int start, int end) {}

  /** One region per conflict of {@code merged}, in order; empty where a hunk cannot be aligned. */
  List<Optional<Region>> align(MergedText merged, List<String> committed) {
    int[] at = matches(merged.clean(), committed);
    List<Optional<Region>> regions = new ArrayList<>();
    List<Conflict> conflicts = merged.conflicts();
    for (int i = 0; i < conflicts.size(); i++) {
      // Agreed lines before the previous hunk or after the next one cannot anchor this one.
      int lowest = i == 0 ? -1 : conflicts.get(i - 1).position();
      int highest = i + 1 == conflicts.size() ? at.length + 1 : conflicts.get(i + 1).position();
      regions.add(
          region(merged.clean(), at, conflicts.get(i).position(), lowest, highest, committed));
    }
    return regions;
  }

  /**
   * The region between the anchors of a hunk at {@code position}: the nearest non-blank agreed line
   * before it and after it, each found unchanged; the file's start (index -1) or end stand in when
   * no agreed line is left on that side. Anchors must lie in {@code [lowest, highest)}.
   */
  private static Optional<Region> region(
      List<String> clean, int[] at, int position, int lowest, int highest, List<String> committed) {
    int before = position - 1;
    while (before >= 0 && clean.get(before).isBlank()) {
      before--;
    }
    int after = position;
    while (after < at.length && clean.get(after).isBlank()) {
      after++;
    }
    boolean startKnown = before >= lowest && (before < 0 || at[before] >= 0);
    boolean endKnown = after < highest && (after == at.length || at[after] >= 0);
    if (!startKnown || !endKnown) {
      return Optional.empty();
    }
    int start = before < 0 ? 0 : at[before] + 1;
    int end = after == at.length ? committed.size() : at[after];
    return Optional.of(new Region(start, end));
  }

  /** For each agreed line, the committed line it is unchanged as, or -1. */
  private static int[] matches(List<String> clean, List<String> committed) {
    RawText a = text(clean);
    RawText b = text(committed);
    int[] at = new int[clean.size()];
    Arrays.fill(at, -1);
    int ai = 0;
    int bi = 0;
    for (Edit edit : DIFF.diff(RawTextComparator.DEFAULT, a, b)) {
      while (ai < edit.getBeginA()) {
        at[ai++] = bi++;
      }
      ai = edit.getEndA();
      bi = edit.getEndB();
    }
    while (ai < clean.size()) {
      at[ai++] = bi++;
    }
    return at;
  }

  private static RawText text(List<String> lines) {
    StringBuilder s = new StringBuilder();
    lines.forEach(l -> s.append(l).append('\n'));
    return new RawText(s.toString().getBytes(StandardCharsets.UTF_8));
  }
}
