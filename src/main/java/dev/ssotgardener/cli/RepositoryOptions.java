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
  private final Invocation invocation;

  @Parameters(
      index = "0",
      arity = "0..1",
      defaultValue = ".",
      paramLabel = "PATH",
      description = "Repository root (default: the current directory).")
  private Path path;

  @Mixin private AnalysisOptions analysis;

  RepositoryOptions(Invocation invocation) {
    this.invocation = invocation;
  }

  /** Where PATH is on disk, checked to be a directory. */
  Path root() {
    return existingDirectory(invocation, path);
  }

  /** PATH as the user gave it, which reports name; checked as {@link #root()} is. */
  Path given() {
    root();
    return path;
  }

  Policy policy() {
    return analysis.policy(given());
  }

  /**
   * The repository PATH lies in, against which names resolve: the policy's root when PATH has one
   * (or {@code --policy} names one above it within the git work tree), else the git top level.
   */
  Path repository(Policy policy) {
    return RepositoryTop.of(root(), policy.source().map(invocation::resolve));
  }

  WalkOptions walkOptions() {
    return analysis.walkOptions();
  }

  FactsCache factsCache() {
    return analysis.factsCache(root());
  }

  /** Where {@code path} (as the user gave it) is on disk, which must be a directory. */
  static Path existingDirectory(Invocation invocation, Path path) {
    Path onDisk = invocation.resolve(path);
    if (!Files.isDirectory(onDisk)) {
      throw new UserError(path + ": not a directory");
    }
    return onDisk;
  }
}
