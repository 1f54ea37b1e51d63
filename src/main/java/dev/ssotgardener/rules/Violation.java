package dev.ssotgardener.rules;

import dev.ssotgardener.facts.Span;
import dev.ssotgardener.finding.Fix;
import java.util.Optional;

/**
 * What a rule reports: where, a message naming the canonical replacement, and a safe fix when the
 * rule knows one.
 */
public record Violation(String path, Span span, String message, Optional<Fix> fix) {
  public Violation(String path, Span span, String message) {
    this(path, span, message, Optional.empty());
  }
}
