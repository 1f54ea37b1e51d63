package dev.ssotgardener.fix;

import dev.ssotgardener.finding.ConflictChoice;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.finding.FixLevel;
import java.util.Optional;
import java.util.Set;

/**
 * What a fix run may do.
 *
 * @param only fix only findings of this truth or check id
 * @param conflict resolve every conflict no rule decides with this choice
 * @param level the least sure fixes to apply: {@code SAFE} only, or {@code DECISION} (every fix)
 * @param findings fix only these findings, by fingerprint (one issue's); empty: every finding
 */
public record FixRequest(
    Optional<String> only,
    Optional<ConflictChoice> conflict,
    FixLevel level,
    Optional<Set<String>> findings) {
  public FixRequest {
    findings = findings.map(Set::copyOf);
  }

  public FixRequest(Optional<String> only, Optional<ConflictChoice> conflict, FixLevel level) {
    this(only, conflict, level, Optional.empty());
  }

  /** Every fix of these findings, as {@code ssot garden} plans one issue. */
  public FixRequest(
      Optional<String> only, Optional<ConflictChoice> conflict, Optional<Set<String>> findings) {
    this(only, conflict, FixLevel.DECISION, findings);
  }

  /** Every fix, as {@code ssot fix --apply} applies them by default. */
  public FixRequest(Optional<String> only, Optional<ConflictChoice> conflict) {
    this(only, conflict, FixLevel.DECISION);
  }

  public static FixRequest all() {
    return new FixRequest(Optional.empty(), Optional.empty());
  }

  /** Whether the run may fix {@code finding}. */
  public boolean accepts(Finding finding) {
    return only.map(finding.truth()::equals).orElse(true)
        && findings.map(f -> f.contains(finding.fingerprint())).orElse(true);
  }
}
