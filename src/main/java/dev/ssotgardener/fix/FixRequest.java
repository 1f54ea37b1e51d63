package dev.ssotgardener.fix;

import dev.ssotgardener.finding.FixLevel;
import java.util.Optional;

/**
 * What a fix run may do.
 *
 * @param only fix only findings of this truth or check id
 * @param conflict resolve every conflict no rule decides with this choice
 * @param level the least sure fixes to apply: {@code SAFE} only, or {@code DECISION} (every fix)
 */
public record FixRequest(Optional<String> only, Optional<ConflictChoice> conflict, FixLevel level) {
  /** Every fix, as {@code ssot fix --apply} applies them by default. */
  public FixRequest(Optional<String> only, Optional<ConflictChoice> conflict) {
    this(only, conflict, FixLevel.DECISION);
  }

  public static FixRequest all() {
    return new FixRequest(Optional.empty(), Optional.empty());
  }
}
