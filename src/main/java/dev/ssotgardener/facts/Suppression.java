package dev.ssotgardener.facts;

import java.util.List;

/**
 * A suppression comment: ours, {@code ssot: ignore[id, ...] reason}, or another tool's marker that
 * a policy may choose to honor ({@code # noqa: TID251}, {@code // CHECKSTYLE:OFF}).
 *
 * @param ids the truth ids of an {@code ssot: ignore}; the codes of a {@code noqa} (none for a bare
 *     {@code # noqa}); empty for Checkstyle's markers
 * @param reason the text after the bracket, empty when missing
 * @param ownLine the comment is alone on its line, so it covers the line below
 */
public record Suppression(
    List<String> ids, String reason, boolean ownLine, Span span, Origin origin) {
  public Suppression {
    ids = List.copyOf(ids);
  }

  /** An {@code ssot: ignore}. */
  public Suppression(List<String> ids, String reason, boolean ownLine, Span span) {
    this(ids, reason, ownLine, span, Origin.SSOT);
  }

  /** Which tool's comment this is. */
  public enum Origin {
    SSOT,
    /** Ruff's and flake8's {@code # noqa}, covering its own line. */
    NOQA,
    /** Checkstyle's {@code CHECKSTYLE:OFF}: covers the lines up to the next {@code :ON}. */
    CHECKSTYLE_OFF,
    CHECKSTYLE_ON
  }
}
