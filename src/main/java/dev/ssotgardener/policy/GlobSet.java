package dev.ssotgardener.policy;

import java.util.List;

/**
 * Repo-relative globs with {@code .gitignore} semantics. Placeholder signature: implemented by the
 * policy work package.
 */
public final class GlobSet {
  private final List<String> patterns;

  private GlobSet(List<String> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  public static GlobSet none() {
    return new GlobSet(List.of());
  }

  public List<String> patterns() {
    return patterns;
  }

  public boolean matches(String path) {
    throw new UnsupportedOperationException("todo");
  }
}
