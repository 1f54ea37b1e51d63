package dev.ssotgardener.finding;

import dev.ssotgardener.policy.PolicyWarning;
import java.util.List;

/**
 * The outcome of one audit: what every renderer reads. Findings are in {@link FindingOrder}.
 *
 * @param warnings what in the policy looks unintended for this tree (a glob matching no file)
 */
public record AuditResult(
    String root, Summary summary, List<Finding> findings, List<PolicyWarning> warnings) {
  public AuditResult {
    findings = List.copyOf(findings);
    warnings = List.copyOf(warnings);
  }

  /** This result naming its root {@code root}: the folder as the user gave it. */
  public AuditResult withRoot(String root) {
    return new AuditResult(root, summary, findings, warnings);
  }

  /** A result without policy warnings (an audit of a git tree, a test's own result). */
  public AuditResult(String root, Summary summary, List<Finding> findings) {
    this(root, summary, findings, List.of());
  }
}
