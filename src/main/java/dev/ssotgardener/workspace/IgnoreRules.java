package dev.ssotgardener.workspace;

import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * The ignore files in force for one directory: its own {@code .gitignore} first, then its
 * ancestors', then {@code .git/info/exclude}, as git orders them. Immutable, so subdirectories
 * walked on other threads share it.
 */
final class IgnoreRules {
  private final IgnoreNode node;
  private final String base;
  private final IgnoreRules parent;

  private IgnoreRules(IgnoreNode node, String base, IgnoreRules parent) {
    this.node = node;
    this.base = base;
    this.parent = parent;
  }

  /** Rules that ignore nothing. */
  static IgnoreRules none() {
    return new IgnoreRules(new IgnoreNode(), "", null);
  }

  /**
   * These rules with {@code node} on top, its patterns relative to {@code dir} (repo-relative,
   * {@code ""} for the root).
   */
  IgnoreRules with(IgnoreNode node, String dir) {
    return new IgnoreRules(node, dir.isEmpty() ? "" : dir + "/", this);
  }

  /** Whether git would ignore the repo-relative {@code path}; the deepest matching rule wins. */
  boolean isIgnored(String path, boolean directory) {
    for (IgnoreRules rules = this; rules != null; rules = rules.parent) {
      Boolean ignored = rules.node.checkIgnored(path.substring(rules.base.length()), directory);
      if (ignored != null) {
        return ignored;
      }
    }
    return false;
  }
}
