package dev.ssotgardener.finding;

import dev.ssotgardener.facts.Span;
import dev.ssotgardener.policy.Severity;
import java.util.Optional;

/**
 * One violation of a truth or built-in check, as every report shows it.
 *
 * @param truth the truth or check id
 * @param kind the rule kind ({@code import}, {@code conflict-markers}, ...)
 * @param path repo-relative, {@code /}-separated
 * @param snippet the first offending source line, trimmed
 * @param fingerprint stable across unrelated edits; see {@link Fingerprint}
 * @param fix a safe remediation, when the rule knows one
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
    Optional<Fix> fix) {
  public boolean fixable() {
    return fix.isPresent();
  }
}
