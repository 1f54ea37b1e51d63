package dev.ssotgardener.lang;

/** A node the parser inserted to recover; {@code type} is what was missing. */
public record MissingNode(TextRange node, String type) {}
