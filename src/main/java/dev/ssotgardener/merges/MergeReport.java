package dev.ssotgardener.merges;

import dev.ssotgardener.finding.Finding;
import java.util.List;

/**
 * The outcome of {@code ssot merges}: what was lost (and the same as findings, in the same order),
 * the hunks that could not be aligned, and the counts.
 */
public record MergeReport(
    MergeStats stats,
    List<LossyMerge> lossy,
    List<Finding> findings,
    List<UnalignedHunk> unaligned) {
  public MergeReport {
    lossy = List.copyOf(lossy);
    findings = List.copyOf(findings);
    unaligned = List.copyOf(unaligned);
  }
}
