package dev.ssotgardener.history;

import dev.ssotgardener.finding.CommitRef;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.finding.HistoryFacts.TrendPoint;
import dev.ssotgardener.finding.Provenance;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The plain-text reports of {@code ssot history} and {@code ssot diff}, one finding a line. */
public final class HistoryText {
  private static final int SHORT_ID = 10;

  public void render(HistoryReport report, Writer out) throws IOException {
    StringBuilder text = new StringBuilder();
    for (Finding f : report.result().findings()) {
      text.append(location(f)).append('\n');
      Provenance provenance = report.history().byFingerprint().get(f.fingerprint());
      if (provenance != null) {
        text.append("  introduced by ").append(commit(provenance.introducedBy())).append('\n');
        provenance
            .mergedBy()
            .ifPresent(m -> text.append("  merged by     ").append(commit(m)).append('\n'));
      }
    }
    List<TrendPoint> trend = report.history().trend();
    if (!trend.isEmpty()) {
      TrendPoint first = trend.get(0);
      TrendPoint last = trend.get(trend.size() - 1);
      if (trend.size() == 1) {
        text.append(
            "Trend over 1 first-parent commit: %d findings at %s.%n"
                .formatted(first.findings(), shortId(first.commit())));
      } else {
        text.append(
            "Trend over %d first-parent commits: %d findings at %s, %d at %s.%n"
                .formatted(
                    trend.size(),
                    first.findings(),
                    shortId(first.commit()),
                    last.findings(),
                    shortId(last.commit())));
      }
    }
    WalkStats s = report.stats();
    text.append(
        ("Walked %d commits (%d visited, %d audited, %d first-parent) in %s; auditing the head"
                + " alone took %s."
                + " Parsed %d blobs, judged %d files; %d missing objects.%n")
            .formatted(
                s.commitsInRange(),
                s.commitsVisited(),
                s.commitsAudited(),
                s.firstParentCommits(),
                seconds(s.walkTime()),
                seconds(s.headTime()),
                s.blobsAudited(),
                s.filesJudged(),
                s.missingObjects()));
    out.write(text.toString());
  }

  public void render(DiffResult diff, Writer out) throws IOException {
    StringBuilder text = new StringBuilder();
    text.append(
        "%s..%s: %d introduced, %d fixed%n"
            .formatted(
                shortId(diff.from()),
                shortId(diff.to()),
                diff.introduced().size(),
                diff.fixed().size()));
    section(text, "introduced", diff.introduced());
    section(text, "fixed", diff.fixed());
    out.write(text.toString());
  }

  private static void section(StringBuilder text, String title, List<Finding> findings) {
    if (!findings.isEmpty()) {
      text.append(title).append(":\n");
      findings.forEach(f -> text.append("  ").append(location(f)).append('\n'));
    }
  }

  private static String location(Finding f) {
    return "%s:%d:%d %s[%s] %s"
        .formatted(
            f.path(),
            f.span().startLine(),
            f.span().startColumn(),
            f.severity().id(),
            f.truth(),
            f.message());
  }

  private static String seconds(Duration time) {
    return String.format(Locale.ROOT, "%.1f s", time.toMillis() / 1000.0);
  }

  private static String commit(CommitRef ref) {
    return "%s %s %s: %s".formatted(shortId(ref), ref.date(), ref.author(), ref.subject());
  }

  private static String shortId(CommitRef ref) {
    return ref.commit().substring(0, Math.min(SHORT_ID, ref.commit().length()));
  }
}
