package dev.ssotgardener.fix;

import java.util.Optional;

/**
 * What a fix run may do.
 *
 * @param only fix only findings of this truth or check id
 * @param conflict resolve every conflict no rule decides with this choice
 */
public record FixRequest(Optional<String> only, Optional<ConflictChoice> conflict) {
  public static FixRequest all() {
    return new FixRequest(Optional.empty(), Optional.empty());
  }
}
