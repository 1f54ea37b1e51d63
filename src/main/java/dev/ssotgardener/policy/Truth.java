package dev.ssotgardener.policy;

import java.util.List;
import java.util.Map;

/**
 * One declared single source of truth, as written in {@code ssot.yml}. Lists the policy does not
 * give are empty; {@code impact} is empty when not given.
 *
 * @param canonical qualified names (or, for {@code entrypoint}, repo-relative paths) of the one
 *     right way
 * @param rewrite templates from a forbidden form to the canonical one, in file order
 */
public record Truth(
    String id,
    TruthKind kind,
    List<String> canonical,
    List<String> replaces,
    List<String> forbids,
    List<String> names,
    Map<String, String> rewrite,
    Scope scope,
    Severity severity,
    String impact,
    GlobSet allow) {
  public Truth {
    canonical = List.copyOf(canonical);
    replaces = List.copyOf(replaces);
    forbids = List.copyOf(forbids);
    names = List.copyOf(names);
    rewrite = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rewrite));
  }
}
