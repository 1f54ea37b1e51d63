package dev.ssotgardener.cli;

import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.policy.Severity;

/** The {@code --fail-on} threshold. */
enum FailOn {
  error,
  warning,
  never;

  boolean isFailure(AuditResult result) {
    return switch (this) {
      case never -> false;
      case warning -> !result.findings().isEmpty();
      case error -> result.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
    };
  }
}
