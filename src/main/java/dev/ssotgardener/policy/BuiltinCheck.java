package dev.ssotgardener.policy;

import java.util.Arrays;
import java.util.Optional;

/** Checks that run on every repository, policy or not; their ids are reserved truth ids. */
public enum BuiltinCheck {
  CONFLICT_MARKERS("conflict-markers", "conflict-markers", Severity.ERROR),
  DANGLING_IMPORTS("dangling-imports", "dangling-imports", Severity.ERROR),
  UNPARSABLE("unparsable", "unparsable", Severity.ERROR),
  INVALID_SUPPRESSION("invalid-suppression", "suppression", Severity.WARNING),
  /** Merge resolutions that dropped both sides of a conflict or one side's whole edits. */
  LOSSY_MERGE("lossy-merge", "lossy-merge", Severity.ERROR);

  private final String id;
  private final String kind;
  private final Severity defaultSeverity;

  BuiltinCheck(String id, String kind, Severity defaultSeverity) {
    this.id = id;
    this.kind = kind;
    this.defaultSeverity = defaultSeverity;
  }

  /** The truth id findings of this check carry. */
  public String id() {
    return id;
  }

  /** The rule kind findings of this check carry. */
  public String kind() {
    return kind;
  }

  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /**
   * Whether the check reads merge commits rather than one tree: {@code ssot merges} and {@code ssot
   * diff} run it, {@code ssot audit} never does.
   */
  public boolean readsHistory() {
    return this == LOSSY_MERGE;
  }

  public static Optional<BuiltinCheck> fromId(String id) {
    return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
  }
}
