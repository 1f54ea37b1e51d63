package dev.ssotgardener.merges;

import dev.ssotgardener.finding.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The plain-text report of {@code ssot merges}: each loss with both sides' lines, then counts. */
public final class MergesText {
  public void render(MergeReport report, Writer out) throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < report.lossy().size(); i++) {
      LossyMerge l = report.lossy().get(i);
      Finding f = report.findings().get(i);
      text.append(f.severity().id())
          .append("[lossy-merge/")
          .append(l.kind().id())
          .append("]: ")
          .append(f.message())
          .append('\n');
      text.append("  --> ").append(l.path()).append(':').append(l.line()).append('\n');
      side(text, "ours  ", l.ours(), l.oursLost());
      side(text, "theirs", l.theirs(), l.theirsLost());
      text.append('\n');
    }
    if (!report.unaligned().isEmpty()) {
      text.append("Hunks not aligned with the merge, so not classified:\n");
      for (UnalignedHunk u : report.unaligned()) {
        text.append("  ")
            .append(LossyFindings.shortId(u.merge().commit()))
            .append(' ')
            .append(u.path())
            .append(" (hunk at line ")
            .append(u.oursLine())
            .append(" of ours): ")
            .append(u.reason())
            .append('\n');
      }
    }
    summary(text, report);
    out.write(text.toString());
  }

  private static void side(StringBuilder text, String name, String commit, List<String> lost) {
    if (lost.isEmpty()) {
      return;
    }
    text.append("  ")
        .append(name)
        .append(' ')
        .append(LossyFindings.shortId(commit))
        .append(" lost:\n");
    lost.forEach(line -> text.append("    - ").append(line).append('\n'));
  }

  static void summary(StringBuilder text, MergeReport report) {
    MergeStats s = report.stats();
    text.append(
        String.format(
            Locale.ROOT,
            "Examined %d merges of %d commits in %.1f s: %d re-merged with conflicts (%d files,"
                + " %d from the newest of conflicting merge bases), %d skipped.%n",
            s.mergesExamined(),
            s.commitsWalked(),
            s.time().toMillis() / 1000.0,
            s.mergesConflicted(),
            s.filesConflicted(),
            s.mergesOnOneBase(),
            s.mergesSkipped()));
    String hunks =
        s.hunks().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> e.getValue() + " " + e.getKey().id())
            .collect(Collectors.joining(", "));
    text.append("Hunks: ")
        .append(hunks)
        .append("; ")
        .append(s.wholeSideFiles())
        .append(" whole-side files.\n");
    long dropped =
        report.lossy().stream().filter(l -> l.kind() == LossyMerge.Kind.DROPPED_BOTH).count();
    text.append(
        String.format(
            Locale.ROOT,
            "Found %d lossy-merge findings (%d dropped-both, %d whole-side).%n",
            report.lossy().size(),
            dropped,
            report.lossy().size() - dropped));
  }
}
