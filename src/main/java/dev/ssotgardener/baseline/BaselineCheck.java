package dev.ssotgardener.baseline;

import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.finding.Summary;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Findings compared with a baseline.
 *
 * @param fresh findings the baseline does not know: these fail
 * @param known findings in the baseline: reported, never failing
 * @param stale baseline entries no finding matches any more (fixed); {@code ssot baseline prune}
 *     removes them
 */
public record BaselineCheck(List<Finding> fresh, List<Finding> known, List<BaselineEntry> stale) {
  public BaselineCheck {
    fresh = List.copyOf(fresh);
    known = List.copyOf(known);
    stale = List.copyOf(stale);
  }

  /** The audit as if the known findings were not there: what fails, for every report format. */
  public AuditResult withoutKnown(AuditResult full) {
    Summary s = full.summary();
    Map<String, Integer> byTruth = new TreeMap<>();
    fresh.forEach(f -> byTruth.merge(f.truth(), 1, Integer::sum));
    return new AuditResult(
        full.root(),
        new Summary(s.files(), s.parsed(), s.unparsable(), fresh.size(), byTruth, s.skipped()),
        fresh);
  }
}
