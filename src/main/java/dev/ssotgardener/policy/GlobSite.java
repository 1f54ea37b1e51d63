package dev.ssotgardener.policy;

import java.util.Collection;
import java.util.List;

/**
 * One glob as the policy writes it, with where: what a warning about a glob that matches nothing
 * names.
 *
 * @param file the policy file, as given to the loader
 * @param key the key path ({@code tests}, {@code truths[2].allow[0]})
 */
public record GlobSite(String file, int line, int column, String key, String pattern) {
  /** Whether the glob covers none of {@code paths} (repo-relative). */
  public boolean matchesNone(Collection<String> paths) {
    GlobSet glob = GlobSet.of(List.of(pattern));
    return paths.stream().noneMatch(glob::matches);
  }

  /** {@code ssot.yml:3:8: tests: "src/test/java/**" matches no file}. */
  public String unmatchedWarning() {
    return "%s:%d:%d: %s: \"%s\" matches no file".formatted(file, line, column, key, pattern);
  }
}
