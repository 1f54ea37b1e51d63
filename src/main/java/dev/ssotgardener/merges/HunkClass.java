package dev.ssotgardener.merges;

import java.util.Locale;

/** What a merge commit did with one conflict hunk; the README defines each class. */
public enum HunkClass {
  KEPT_OURS,
  KEPT_THEIRS,
  KEPT_BOTH,
  EDITED,
  DROPPED_BOTH,
  MARKERS_COMMITTED,
  UNALIGNED;

  /** The kebab-case id reports show: {@code dropped-both}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
