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
 * @param except name patterns {@code forbids} does not cover, though a forbidden pattern does
 * @param honors other tools' suppressions that silence this truth too ({@code noqa:TID251}, {@code
 *     checkstyle:IllegalImport})
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
    GlobSet allow,
    List<String> except,
    List<String> honors) {
  /** The {@code honors} entry for a bare {@code # noqa}, and the prefix of one with codes. */
  public static final String NOQA = "noqa";

  /** The prefix of an {@code honors} entry naming a Checkstyle check. */
  public static final String CHECKSTYLE = "checkstyle:";

  public Truth {
    except = List.copyOf(except);
    honors = List.copyOf(honors);
    canonical = List.copyOf(canonical);
    replaces = List.copyOf(replaces);
    forbids = List.copyOf(forbids);
    names = List.copyOf(names);
    rewrite = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rewrite));
  }

  /** A truth without exceptions to its patterns and honoring no other tool's suppressions. */
  public Truth(
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
    this(
        id, kind, canonical, replaces, forbids, names, rewrite, scope, severity, impact, allow,
        List.of(), List.of());
  }

  /** {@code forbids} less {@code except}, compiled. */
  public NamePatterns forbidden() {
    return NamePatterns.of(forbids, except);
  }
}
