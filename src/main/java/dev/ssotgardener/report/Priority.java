package dev.ssotgardener.report;

import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.policy.BuiltinCheck;
import dev.ssotgardener.policy.GlobSet;
import dev.ssotgardener.policy.Severity;
import java.util.List;
import java.util.Set;

/**
 * How urgent an issue is. P0: a finding lies under the policy's golden path. P1: errors that break
 * code outright (conflict markers, dangling imports, unparsable files) or three or more errors. P2:
 * other errors. P3: warnings only.
 */
public enum Priority {
  P0("IMMEDIATE"),
  P1("HIGH"),
  P2("MEDIUM"),
  P3("LOW");

  private static final int MANY_ERRORS = 3;
  private static final Set<String> BREAKING =
      Set.of(
          BuiltinCheck.CONFLICT_MARKERS.id(),
          BuiltinCheck.DANGLING_IMPORTS.id(),
          BuiltinCheck.UNPARSABLE.id());

  private final String urgency;

  Priority(String urgency) {
    this.urgency = urgency;
  }

  /** As the seed writes it: {@code P0 - IMMEDIATE}. */
  public String label() {
    return name() + " - " + urgency;
  }

  public static Priority of(List<Finding> findings, GlobSet goldenPath) {
    if (findings.stream().anyMatch(f -> goldenPath.matches(f.path()))) {
      return P0;
    }
    List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    if (errors.stream().anyMatch(f -> BREAKING.contains(f.truth()))
        || errors.size() >= MANY_ERRORS) {
      return P1;
    }
    return errors.isEmpty() ? P3 : P2;
  }

  /** Whether a finding breaks code outright rather than bypassing a truth. */
  public static boolean isBreaking(Finding f) {
    return BREAKING.contains(f.truth());
  }
}
