package dev.ssotgardener.rules;

import dev.ssotgardener.facts.Span;

/** What a rule reports: where, and a message naming the canonical replacement. */
public record Violation(String path, Span span, String message) {}
