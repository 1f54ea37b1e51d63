package dev.ssotgardener.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the repository holding a folder begins: names resolve against all of it. */
public final class RepositoryTop {
  private RepositoryTop() {}

  /**
   * The repository {@code folder} belongs to: the folder of {@code policy} when it holds the folder
   * (the policy's root) and lies within the folder's git work tree, else that work tree's top level
   * (the nearest folder with a {@code .git}), else {@code folder} itself. A policy kept outside the
   * work tree ({@code --policy ~/policies/zen.yml}) never makes its folder, and every file below
   * it, the repository.
   */
  public static Path of(Path folder, Optional<Path> policy) {
    Path start = folder.toAbsolutePath().normalize();
    Optional<Path> gitTop = Optional.empty();
    for (Path at = start; at != null && gitTop.isEmpty(); at = at.getParent()) {
      if (Files.exists(at.resolve(".git"))) {
        gitTop = Optional.of(at);
      }
    }
    Optional<Path> top = gitTop;
    Optional<Path> policyRoot =
        policy
            .map(p -> p.toAbsolutePath().normalize().getParent())
            .filter(start::startsWith)
            .filter(root -> top.map(root::startsWith).orElse(true));
    return policyRoot.or(() -> top).orElse(start);
  }
}
