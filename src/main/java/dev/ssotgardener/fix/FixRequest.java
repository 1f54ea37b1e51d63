package dev.ssotgardener.fix;

import dev.ssotgardener.finding.Finding;
import java.util.Optional;
import java.util.Set;

/**
 * What a fix run may do.
 *
 * @param only fix only findings of this truth or check id
 * @param conflict resolve every conflict no rule decides with this choice
 * @param findings fix only these findings, by fingerprint (one issue's); empty: every finding
 */
public record FixRequest(
    Optional<String> only, Optional<ConflictChoice> conflict, Optional<Set<String>> findings) {
  public FixRequest {
    findings = findings.map(Set::copyOf);
  }

  public FixRequest(Optional<String> only, Optional<ConflictChoice> conflict) {
    this(only, conflict, Optional.empty());
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
