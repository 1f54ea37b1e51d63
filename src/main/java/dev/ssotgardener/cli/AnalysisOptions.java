package dev.ssotgardener.cli;

import dev.ssotgardener.audit.DiskFacts;
import dev.ssotgardener.audit.FactsCache;
import dev.ssotgardener.cache.DiskFactsCache;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.PolicyException;
import dev.ssotgardener.policy.PolicyLoader;
import dev.ssotgardener.workspace.WalkOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options of every command that audits, apart from where the repository is (commands place
 * their positional parameters differently: {@code ssot audit PATH}, {@code ssot diff A..B PATH}).
 */
final class AnalysisOptions {
  private final Invocation invocation;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "Policy file (default: PATH/ssot.yml; without one only built-in checks run).")
  private Path policyFile;

  @Option(
      names = "--max-file-size",
      defaultValue = "5M",
      paramLabel = "SIZE",
      description =
          "Skip (and report) files larger than this, e.g. 512K, 5M (default: ${DEFAULT-VALUE}).")
  private String maxFileSize;

  @Option(
      names = "--follow-symlinks",
      description = "Follow symbolic links (loops are detected and reported).")
  private boolean followSymlinks;

  @Option(
      names = "--no-cache",
      description = "Parse every file; neither read nor write the facts cache.")
  private boolean noCache;

  @Option(
      names = "--cache-dir",
      paramLabel = "DIR",
      description =
          "Keep the facts cache in DIR instead of PATH/.ssot/cache (default: $SSOT_CACHE_DIR):"
              + " content-addressed, shareable between checkouts, branches and machines.")
  private Path cacheDir;

  @Option(names = "--debug", description = "Print stack traces of internal errors.")
  private boolean debug;

  AnalysisOptions(Invocation invocation) {
    this.invocation = invocation;
  }

  /** The policy of {@code root} (as the user gave it), or {@code --policy}. */
  Policy policy(Path root) {
    PolicyLoader loader = new PolicyLoader(invocation.base());
    try {
      if (policyFile != null) {
        if (!Files.isRegularFile(invocation.resolve(policyFile))) {
          throw new UserError(policyFile + ": policy file not found");
        }
        return loader.load(policyFile);
      }
      return loader.loadFromRoot(root).orElseGet(Policy::builtinOnly);
    } catch (PolicyException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  /**
   * Facts of unchanged files from earlier audits, in {@code --cache-dir} (or $SSOT_CACHE_DIR) or
   * under {@code root} (where it is on disk), unless {@code --no-cache}.
   */
  FactsCache factsCache(Path root) {
    if (noCache) {
      return FactsCache.none();
    }
    String tool = DiskFactsCache.toolVersion(VersionProvider.version());
    Optional<Path> dir =
        Optional.ofNullable(cacheDir).or(() -> invocation.env("SSOT_CACHE_DIR").map(Path::of));
    return new DiskFacts(
        dir.isPresent()
            ? new DiskFactsCache(invocation.resolve(dir.get()), tool)
            : DiskFactsCache.forRepository(root, tool),
        invocation.memory());
  }

  WalkOptions walkOptions() {
    return new WalkOptions(parseSize(maxFileSize), followSymlinks);
  }

  private static long parseSize(String size) {
    String s = size.strip().toUpperCase(Locale.ROOT);
    long unit = 1;
    if (s.endsWith("K") || s.endsWith("M") || s.endsWith("G")) {
      unit = s.endsWith("K") ? 1L << 10 : s.endsWith("M") ? 1L << 20 : 1L << 30;
      s = s.substring(0, s.length() - 1);
    }
    try {
      long value = Long.parseLong(s) * unit;
      if (value <= 0) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new UserError("--max-file-size: '" + size + "' is not a size like 512K or 5M");
    }
  }
}
