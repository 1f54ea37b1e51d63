package dev.ssotgardener.garden;

import java.util.Locale;

/** The context word of an issue's name, {@code SSOT-<context>-<brief-description>}. */
public enum IssueContext {
  /** A commit broke code that worked: the history (or a conflict label) names it. */
  REGRESSION,
  /** A canonical and a legacy definition coexist, or code still imports a removed module. */
  INCOMPLETE_MIGRATION,
  /** Introduced within the last {@code --recent-days} with a file that was new then. */
  RECENT_CHANGE,
  VIOLATION;

  /** {@code incomplete-migration}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
