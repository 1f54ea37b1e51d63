package dev.ssotgardener.fix;

import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.policy.BuiltinCheck;
import dev.ssotgardener.policy.TruthKind;
import dev.ssotgardener.policy.kinds.Descriptor;
import java.util.Arrays;
import java.util.Optional;

/** Why a finding comes without a fix: the reason its kind's or check's descriptor gives. */
final class Unfixable {
  private Unfixable() {}

  static String reason(Finding finding) {
    Optional<Descriptor> descriptor =
        TruthKind.fromId(finding.kind())
            .<Descriptor>map(TruthKind::descriptor)
            .or(
                () ->
                    Arrays.stream(BuiltinCheck.values())
                        .filter(c -> c.kind().equals(finding.kind()))
                        .findFirst()
                        .map(BuiltinCheck::descriptor));
    return descriptor
        .map(d -> "no automatic fix: " + d.unfixedReason())
        .orElse("no automatic fix for " + finding.kind());
  }
}
