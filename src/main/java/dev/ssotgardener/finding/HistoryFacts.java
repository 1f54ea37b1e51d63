package dev.ssotgardener.finding;

import java.util.List;
import java.util.Map;

/**
 * What a history walk adds to an audit: the provenance of current findings by fingerprint, and the
 * number of findings at each first-parent commit (oldest first) for trend charts.
 */
public record HistoryFacts(Map<String, Provenance> byFingerprint, List<TrendPoint> trend) {
  public HistoryFacts {
    byFingerprint = Map.copyOf(byFingerprint);
    trend = List.copyOf(trend);
  }

  public static HistoryFacts none() {
    return new HistoryFacts(Map.of(), List.of());
  }

  /** Findings at one commit of the first-parent line. */
  public record TrendPoint(CommitRef commit, int findings) {}
}
