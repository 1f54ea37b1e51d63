package dev.ssotgardener.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the repository holding a folder begins: names resolve against all of it. */
public final class RepositoryTop {
  private RepositoryTop() {}

  /**
   * The repository {@code folder} belongs to: the folder of {@code policy} when it holds the folder
   * (the policy's root), else the git work tree's top level (the nearest folder with a {@code
   * .git}), else {@code folder} itself.
   */
  public static Path of(Path folder, Optional<Path> policy) {
    Path start = folder.toAbsolutePath().normalize();
    Optional<Path> policyRoot =
        policy.map(p -> p.toAbsolutePath().normalize().getParent()).filter(start::startsWith);
    if (policyRoot.isPresent()) {
      return policyRoot.get();
    }
    for (Path at = start; at != null; at = at.getParent()) {
      if (Files.exists(at.resolve(".git"))) {
        return at;
      }
    }
    return start;
  }
}
