package dev.ssotgardener.merges;

import dev.ssotgardener.finding.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The Markdown report of {@code ssot merges}, for a pull request comment or an issue: one section
 * per loss with each side's lost lines in its own block, then the counts.
 */
public final class MergesMarkdown {
  public void render(MergeReport report, Writer out) throws IOException {
    StringBuilder md = new StringBuilder("# Lossy merges\n\n");
    if (report.lossy().isEmpty()) {
      md.append("No merge resolution lost code.\n\n");
    }
    for (int i = 0; i < report.lossy().size(); i++) {
      LossyMerge l = report.lossy().get(i);
      Finding f = report.findings().get(i);
      md.append("## `")
          .append(l.path())
          .append(':')
          .append(l.line())
          .append("` ")
          .append(l.kind().id())
          .append(" (")
          .append(f.severity().id())
          .append(")\n\n")
          .append(f.message().replace("`", "'"))
          .append(".\n\n");
      side(md, "Ours", l.ours(), l.oursLost());
      side(md, "Theirs", l.theirs(), l.theirsLost());
    }
    StringBuilder counts = new StringBuilder();
    MergesText.summary(counts, report);
    md.append("## Counts\n\n");
    counts.toString().lines().forEach(line -> md.append("- ").append(line).append('\n'));
    if (!report.unaligned().isEmpty()) {
      md.append("\nHunks not aligned with the merge, so not classified:\n\n");
      for (UnalignedHunk u : report.unaligned()) {
        md.append("- `")
            .append(LossyFindings.shortId(u.merge().commit()))
            .append("` `")
            .append(u.path())
            .append("` (hunk at line ")
            .append(u.oursLine())
            .append(" of ours): ")
            .append(u.reason())
            .append('\n');
      }
    }
    out.write(md.toString());
  }

  private static void side(StringBuilder md, String name, String commit, List<String> lost) {
    if (lost.isEmpty()) {
      return;
    }
    String fence = lost.stream().anyMatch(l -> l.contains("```")) ? "~~~~" : "```";
    md.append(name)
        .append(" (`")
        .append(LossyFindings.shortId(commit))
        .append("`) lost:\n\n")
        .append(fence)
        .append("diff\n");
    lost.forEach(line -> md.append("- ").append(line).append('\n'));
    md.append(fence).append("\n\n");
  }
}
