package dev.ssotgardener.audit;

import dev.ssotgardener.lang.Frontend;
import dev.ssotgardener.lang.java.JavaFrontend;
import dev.ssotgardener.lang.python.PytestConfigFrontend;
import dev.ssotgardener.lang.python.PythonFrontend;
import java.util.Collection;
import java.util.List;

/** The language front ends of one repository; a new language is one more entry here. */
public final class Frontends {
  private Frontends() {}

  /** Front ends set up for a repository with these repo-relative paths (for source roots). */
  public static List<Frontend> forRepository(Collection<String> paths) {
    return forRepository(paths, List.of());
  }

  /**
   * Front ends for a repository whose folder {@code sourceRoots} ({@code "a/b/"}) are Python source
   * roots whatever files they hold: the folder a user audits inside a larger repository.
   */
  public static List<Frontend> forRepository(
      Collection<String> paths, Collection<String> sourceRoots) {
    return List.of(
        new PythonFrontend(paths, sourceRoots),
        new JavaFrontend(paths),
        new PytestConfigFrontend());
  }
}
