package dev.ssotgardener.cli;

import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.policy.Severity;
import java.util.List;

/** The {@code --fail-on} threshold. */
enum FailOn {
  error,
  warning,
  never;

  boolean isFailure(AuditResult result) {
    return isFailure(result.findings());
  }

  boolean isFailure(List<Finding> findings) {
    return switch (this) {
      case never -> false;
      case warning -> !findings.isEmpty();
      case error -> findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    };
  }
}
