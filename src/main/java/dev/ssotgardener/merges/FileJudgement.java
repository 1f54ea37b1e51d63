package dev.ssotgardener.merges;

import dev.ssotgardener.finding.CommitRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/** What one merge commit kept of one conflicted file: each hunk's class, and what was lost. */
final class FileJudgement {
  private final HunkAligner aligner = new HunkAligner();
  private final HunkClassifier classifier = new HunkClassifier();

  /** The verdicts on one file. */
  record Verdict(
      List<HunkClass> hunks,
      boolean wholeSide,
      List<LossyMerge> lossy,
      List<UnalignedHunk> unaligned) {}

  Verdict judge(CommitRef merge, String ours, String theirs, ConflictedFile file) {
    List<Conflict> conflicts = file.merged().conflicts();
    if (file.committed().isEmpty()) {
      List<UnalignedHunk> unaligned =
          conflicts.stream()
              .map(c -> new UnalignedHunk(merge, file.path(), c.oursLine(), "not in the merge"))
              .toList();
      return new Verdict(
          conflicts.stream().map(c -> HunkClass.UNALIGNED).toList(), false, List.of(), unaligned);
    }
    List<String> committed = Lines.of(file.committed().get());
    Optional<LossyMerge> whole = wholeSide(merge, ours, theirs, file, committed);
    List<LossyMerge> lost =
        whole.filter(w -> !w.oursLost().isEmpty() || !w.theirsLost().isEmpty()).stream().toList();
    byte[] kept = file.committed().get().getRawContent();
    if (same(kept, file.ours()) || same(kept, file.theirs())) {
      // One parent's whole file: every hunk is that side's, wherever the other side's lines were.
      HunkClass side = same(kept, file.ours()) ? HunkClass.KEPT_OURS : HunkClass.KEPT_THEIRS;
      return new Verdict(
          conflicts.stream().map(c -> side).toList(), whole.isPresent(), lost, List.of());
    }
    List<HunkClass> classes = new ArrayList<>();
    List<LossyMerge> lossy = new ArrayList<>();
    List<UnalignedHunk> unaligned = new ArrayList<>();
    List<Optional<HunkAligner.Region>> regions = aligner.align(file.merged(), committed);
    Set<String> present = new HashSet<>(committed);
    for (int i = 0; i < conflicts.size(); i++) {
      Conflict conflict = conflicts.get(i);
      if (regions.get(i).isEmpty()) {
        classes.add(HunkClass.UNALIGNED);
        unaligned.add(new UnalignedHunk(merge, file.path(), conflict.oursLine(), "context edited"));
        continue;
      }
      HunkAligner.Region region = regions.get(i).get();
      HunkClass hunkClass =
          classifier.classify(conflict, committed.subList(region.start(), region.end()));
      // Own lines the resolution moved elsewhere in the file are not lost.
      List<String> oursLost = missing(conflict.oursOwn(), present);
      List<String> theirsLost = missing(conflict.theirsOwn(), present);
      if (hunkClass == HunkClass.DROPPED_BOTH && oursLost.isEmpty() && theirsLost.isEmpty()) {
        hunkClass = HunkClass.EDITED;
      }
      classes.add(hunkClass);
      if (hunkClass == HunkClass.DROPPED_BOTH) {
        lossy.add(
            new LossyMerge(
                LossyMerge.Kind.DROPPED_BOTH,
                merge,
                ours,
                theirs,
                file.path(),
                Math.max(1, Math.min(region.start() + 1, committed.size())),
                oursLost,
                theirsLost));
      }
    }
    return new Verdict(classes, false, lossy, unaligned);
  }

  /**
   * The file committed as one parent's whole blob while the other parent had changed it; the lost
   * lines are the other side's added non-blank lines that the merge does not have.
   */
  private static Optional<LossyMerge> wholeSide(
      CommitRef merge, String ours, String theirs, ConflictedFile file, List<String> committed) {
    byte[] kept = file.committed().get().getRawContent();
    boolean keptOurs = same(kept, file.ours()) && !same(file.theirs(), file.base());
    boolean keptTheirs = same(kept, file.theirs()) && !same(file.ours(), file.base());
    if (!keptOurs && !keptTheirs) {
      return Optional.empty();
    }
    List<String> lost = added(file.base(), keptOurs ? file.theirs() : file.ours(), committed);
    // The merge is the kept side's file, so the first hunk's line there is its line in the merge.
    Conflict first = file.merged().conflicts().get(0);
    int line = keptOurs ? first.oursLine() : first.theirsLine();
    return Optional.of(
        new LossyMerge(
            LossyMerge.Kind.WHOLE_SIDE,
            merge,
            ours,
            theirs,
            file.path(),
            line,
            keptOurs ? List.of() : lost,
            keptOurs ? lost : List.of()));
  }

  /** Non-blank lines {@code side} added to {@code base} that {@code merged} does not have. */
  private static List<String> added(RawText base, RawText side, List<String> merged) {
    Set<String> present = new HashSet<>(merged);
    List<String> lines = Lines.of(side);
    List<String> lost = new ArrayList<>();
    for (Edit edit : new HistogramDiff().diff(RawTextComparator.DEFAULT, base, side)) {
      for (String line : lines.subList(edit.getBeginB(), edit.getEndB())) {
        if (!line.isBlank() && !present.contains(line)) {
          lost.add(line);
        }
      }
    }
    return lost;
  }

  private static List<String> missing(List<String> lines, Set<String> present) {
    return lines.stream().filter(l -> !present.contains(l)).toList();
  }

  private static boolean same(byte[] a, RawText b) {
    return Arrays.equals(a, b.getRawContent());
  }

  private static boolean same(RawText a, RawText b) {
    return Arrays.equals(a.getRawContent(), b.getRawContent());
  }
}
