package dev.ssotgardener.finding;

import java.util.List;
import java.util.Optional;

/**
 * What a rule offers for one finding: a fix, or alternatives someone chooses from (a conflict's
 * candidate resolutions); and, without a fix, why not, as the rule knew it at that site.
 *
 * @param reason why there is no fix; empty when there is one
 */
public record Remedy(Optional<Fix> fix, List<Alternative> alternatives, String reason) {
  public Remedy {
    alternatives = List.copyOf(alternatives);
  }

  public static Remedy of(Fix fix) {
    return new Remedy(Optional.of(fix), List.of(), "");
  }

  public static Remedy none(String reason) {
    return new Remedy(Optional.empty(), List.of(), reason);
  }

  /** No fix a rule may choose, only {@code alternatives}, for {@code reason}. */
  public static Remedy choose(List<Alternative> alternatives, String reason) {
    return new Remedy(Optional.empty(), alternatives, reason);
  }
}
