package dev.ssotgardener.report;

import dev.ssotgardener.finding.HistoryFacts;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.Truth;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What renderers beyond the finding list need: the policy (truth texts, impact, golden path), the
 * audited root as the user gave it, and history facts ({@link HistoryFacts#none()} without one).
 *
 * @param base what the root (and the policy's path) resolve against when read: the empty path in
 *     the process the user started, the client's working directory in the daemon
 */
public record ReportContext(Policy policy, Path root, HistoryFacts history, Path base) {
  public ReportContext(Policy policy, Path root, HistoryFacts history) {
    this(policy, root, history, Path.of(""));
  }

  public static ReportContext of(Policy policy, Path root) {
    return new ReportContext(policy, root, HistoryFacts.none());
  }

  /** This context for a caller whose relative paths resolve against {@code base}. */
  public ReportContext resolvedAgainst(Path base) {
    return new ReportContext(policy, root, history, base);
  }

  /** Where a path as the user gave it (the root, the policy) is on disk. */
  Path onDisk(Path given) {
    return base.resolve(given);
  }

  /** The truth a finding's id names, if the policy declares it (built-in checks are not truths). */
  public Optional<Truth> truth(String id) {
    return policy.truths().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** The ids among {@code ids} that the policy declares as truths, in their order. */
  public List<String> declared(List<String> ids) {
    return ids.stream().filter(id -> truth(id).isPresent()).toList();
  }

  /**
   * A finding's path as seen from the working directory, which CI tools resolve paths against: the
   * root prefixed when it was given as a relative path, as in {@code ssot audit
   * examples/golden-path}.
   */
  public String workspacePath(String repoRelative) {
    if (root.isAbsolute()) {
      return repoRelative;
    }
    String prefix = root.normalize().toString().replace('\\', '/');
    return prefix.isEmpty() || prefix.equals(".") ? repoRelative : prefix + "/" + repoRelative;
  }
}
