package dev.ssotgardener.workspace;

import java.util.List;
import org.eclipse.jgit.ignore.FastIgnoreRule;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * The ignore files in force for one directory: its own {@code .gitignore} first, then its
 * ancestors', then {@code .git/info/exclude}, as git orders them. Immutable, so subdirectories
 * walked on other threads share it.
 */
final class IgnoreRules {
  private final List<Rule> rules;
  private final String base;
  private final IgnoreRules parent;

  private IgnoreRules(IgnoreNode node, String base, IgnoreRules parent) {
    this.rules = node.getRules().stream().map(Rule::new).toList();
    this.base = base;
    this.parent = parent;
  }

  /** Rules that ignore nothing. */
  static IgnoreRules none() {
    return new IgnoreRules(new IgnoreNode(), "", null);
  }

  /**
   * One rule and the longest literal run of its pattern, which every path it matches contains: a
   * substring test rules out most rules for most paths before JGit's matchers run (they were ~23%
   * of a conflict-marker-only audit). Null where a pattern has escapes: it always runs.
   */
  private record Rule(FastIgnoreRule rule, String literal) {
    Rule(FastIgnoreRule rule) {
      this(rule, literalOf(rule));
    }

    private static String literalOf(FastIgnoreRule rule) {
      String pattern = rule.toString();
      if (pattern.indexOf('\\') >= 0) {
        return null;
      }
      String longest = "";
      int runStart = 0;
      for (int i = 0; i <= pattern.length(); i++) {
        char c = i < pattern.length() ? pattern.charAt(i) : '*';
        if (c == '*' || c == '?' || c == '[' || c == '!' && i == 0) {
          String run = strip(pattern.substring(runStart, i));
          longest = run.length() > longest.length() ? run : longest;
          if (c == '[') {
            break; // what a bracket expression holds is no literal; the runs before it suffice
          }
          runStart = i + 1;
        }
      }
      return longest.isEmpty() ? null : longest;
    }

    /** A run without the slashes that anchor a pattern or mark it as a directory's. */
    private static String strip(String run) {
      int from = 0;
      int to = run.length();
      while (from < to && run.charAt(from) == '/') {
        from++;
      }
      while (to > from && run.charAt(to - 1) == '/') {
        to--;
      }
      return run.substring(from, to);
    }

    /** As JGit's {@code IgnoreNode.checkIgnored} asks each rule, last rule first. */
    Boolean check(String path, boolean directory) {
      boolean candidate = literal == null || path.contains(literal);
      return candidate && rule.isMatch(path, directory, true) ? rule.getResult() : null;
    }
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
    for (IgnoreRules level = this; level != null; level = level.parent) {
      String relative = path.substring(level.base.length());
      for (int i = level.rules.size() - 1; i >= 0; i--) {
        Boolean ignored = level.rules.get(i).check(relative, directory);
        if (ignored != null) {
          return ignored;
        }
      }
    }
    return false;
  }
}
