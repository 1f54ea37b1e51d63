package dev.ssotgardener.policy;

import dev.ssotgardener.policy.kinds.CheckDescriptor;
import dev.ssotgardener.policy.kinds.ConflictMarkersCheck;
import dev.ssotgardener.policy.kinds.DanglingImportsCheck;
import dev.ssotgardener.policy.kinds.InvalidSuppressionCheck;
import dev.ssotgardener.policy.kinds.LossyMergeCheck;
import dev.ssotgardener.policy.kinds.UnparsableCheck;
import java.util.Arrays;
import java.util.Optional;

/** Checks that run on every repository, policy or not; their ids are reserved truth ids. */
public enum BuiltinCheck {
  CONFLICT_MARKERS(new ConflictMarkersCheck(), "conflict-markers", Severity.ERROR),
  DANGLING_IMPORTS(new DanglingImportsCheck(), "dangling-imports", Severity.ERROR),
  UNPARSABLE(new UnparsableCheck(), "unparsable", Severity.ERROR),
  INVALID_SUPPRESSION(new InvalidSuppressionCheck(), "suppression", Severity.WARNING),
  /** Merge resolutions that dropped both sides of a conflict or one side's whole edits. */
  LOSSY_MERGE(new LossyMergeCheck(), "lossy-merge", Severity.ERROR);

  private final CheckDescriptor descriptor;
  private final String kind;
  private final Severity defaultSeverity;

  BuiltinCheck(CheckDescriptor descriptor, String kind, Severity defaultSeverity) {
    this.descriptor = descriptor;
    this.kind = kind;
    this.defaultSeverity = defaultSeverity;
  }

  /** The truth id findings of this check carry. */
  public String id() {
    return descriptor.id();
  }

  public CheckDescriptor descriptor() {
    return descriptor;
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
    return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst();
  }
}
