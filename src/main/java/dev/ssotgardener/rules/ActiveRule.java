package dev.ssotgardener.rules;

import dev.ssotgardener.index.RepoIndex;
import dev.ssotgardener.policy.GlobSet;
import dev.ssotgardener.policy.Scope;
import dev.ssotgardener.policy.Severity;
import dev.ssotgardener.policy.Truth;
import dev.ssotgardener.policy.TruthKind;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A rule together with what the auditor applies around it: its id and kind as findings show them,
 * severity, scope, allowed globs, and the truth it came from (none for built-in checks).
 */
public record ActiveRule(
    String id,
    String kind,
    Severity severity,
    Scope scope,
    GlobSet allow,
    Optional<Truth> truth,
    Rule rule) {

  /**
   * The files binding the truth's canonicals as written (a canonical module's own file, a canonical
   * class's file, the module re-exporting a canonical name), always exempt from the truth; nothing
   * else is.
   */
  public Set<String> canonicalPaths(RepoIndex index) {
    Set<String> paths = new LinkedHashSet<>();
    truth.ifPresent(
        t -> {
          for (String canonical : t.canonical()) {
            if (t.kind() == TruthKind.ENTRYPOINT) {
              paths.add(canonical);
            } else {
              paths.addAll(index.filesBinding(canonical));
            }
          }
        });
    return paths;
  }
}
