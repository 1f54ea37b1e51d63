package dev.ssotgardener.facts;

import java.util.List;

/**
 * An in-place suppression comment {@code ssot: ignore[id, ...] reason}.
 *
 * @param ownLine the comment is alone on its line, so it covers the line below
 * @param reason the text after the bracket, empty when missing
 */
public record Suppression(List<String> ids, String reason, boolean ownLine, Span span) {
  public Suppression {
    ids = List.copyOf(ids);
  }
}
