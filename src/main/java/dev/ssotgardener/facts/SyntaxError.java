package dev.ssotgardener.facts;

/** A place the grammar could not parse: an unexpected token or a missing one. */
public record SyntaxError(Span span, String message) {}
