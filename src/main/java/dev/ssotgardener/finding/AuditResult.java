package dev.ssotgardener.finding;

import java.util.List;

/** The outcome of one audit: what every renderer reads. Findings are in {@link FindingOrder}. */
public record AuditResult(String root, Summary summary, List<Finding> findings) {
  public AuditResult {
    findings = List.copyOf(findings);
  }
}
