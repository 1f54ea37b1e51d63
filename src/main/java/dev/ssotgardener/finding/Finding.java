package dev.ssotgardener.finding;

import dev.ssotgardener.facts.Span;
import dev.ssotgardener.policy.Severity;
import java.util.List;
import java.util.Optional;

/**
 * One violation of a truth or built-in check, as every report shows it.
 *
 * @param truth the truth or check id
 * @param kind the rule kind ({@code import}, {@code conflict-markers}, ...)
 * @param path repo-relative, {@code /}-separated
 * @param snippet the first offending source line, trimmed
 * @param fingerprint stable across unrelated edits; see {@link Fingerprint}
 * @param remedy the fix the rule offers, the alternatives to choose from, or why there is none
 */
public record Finding(
    String truth,
    String kind,
    Severity severity,
    String path,
    Span span,
    String message,
    String snippet,
    String fingerprint,
    Remedy remedy) {
  /** A finding read back without what its rule offered (from a baseline, tracker or history). */
  public Finding(
      String truth,
      String kind,
      Severity severity,
      String path,
      Span span,
      String message,
      String snippet,
      String fingerprint,
      Optional<Fix> fix) {
    this(
        truth,
        kind,
        severity,
        path,
        span,
        message,
        snippet,
        fingerprint,
        new Remedy(fix, List.of(), ""));
  }

  public Optional<Fix> fix() {
    return remedy.fix();
  }

  public boolean fixable() {
    return remedy.fix().isPresent();
  }
}
