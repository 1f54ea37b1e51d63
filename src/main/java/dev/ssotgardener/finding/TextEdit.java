package dev.ssotgardener.finding;

import dev.ssotgardener.facts.Span;

/** Replace the text in {@code span} with {@code replacement}; an empty span inserts. */
public record TextEdit(Span span, String replacement) {}
