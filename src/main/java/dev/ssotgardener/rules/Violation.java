package dev.ssotgardener.rules;

import dev.ssotgardener.facts.Span;
import dev.ssotgardener.finding.Remedy;

/**
 * What a rule reports: where, a message naming the canonical replacement, and what can be done: a
 * fix when the rule knows one, the alternatives to choose from, else why there is no fix here.
 */
public record Violation(String path, Span span, String message, Remedy remedy) {
  /** A violation the rule cannot fix, for {@code reason}. */
  public Violation(String path, Span span, String message, String reason) {
    this(path, span, message, Remedy.none(reason));
  }
}
