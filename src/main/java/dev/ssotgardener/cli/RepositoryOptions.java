package dev.ssotgardener.cli;

import dev.ssotgardener.audit.FactsCache;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.workspace.RepositoryTop;
import dev.ssotgardener.workspace.WalkOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** What every command needs to find a repository and its policy. */
final class RepositoryOptions {
  @Parameters(
      index = "0",
      arity = "0..1",
      defaultValue = ".",
      paramLabel = "PATH",
      description = "Repository root (default: the current directory).")
  private Path path;

  @Mixin private AnalysisOptions analysis;

  Path root() {
    return existingDirectory(path);
  }

  Policy policy() {
    return analysis.policy(root());
  }

  /**
   * The repository PATH lies in, against which names resolve: the policy's root when PATH has one
   * (or {@code --policy} names one above it within the git work tree), else the git top level.
   */
  Path repository(Policy policy) {
    return RepositoryTop.of(root(), policy.source());
  }

  WalkOptions walkOptions() {
    return analysis.walkOptions();
  }

  FactsCache factsCache() {
    return analysis.factsCache(root());
  }

  static Path existingDirectory(Path path) {
    if (!Files.isDirectory(path)) {
      throw new UserError(path + ": not a directory");
    }
    return path;
  }
}
