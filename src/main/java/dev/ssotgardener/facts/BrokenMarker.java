package dev.ssotgardener.facts;

/**
 * A conflict marker that does not belong to a complete block: a lone {@code <<<<<<<} without its
 * {@code >>>>>>>}, or a {@code >>>>>>>} or {@code |||||||} outside any block.
 */
public record BrokenMarker(int line, String marker, String problem) {}
