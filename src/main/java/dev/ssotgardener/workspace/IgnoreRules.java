package dev.ssotgardener.workspace;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.ignore.FastIgnoreRule;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * The ignore files in force for one directory: its own {@code .gitignore} first, then its
 * ancestors', then {@code .git/info/exclude}, as git orders them. Immutable, so subdirectories
 * walked on other threads share it.
 */
final class IgnoreRules {
  private final Rule[] rules;

  /**
   * By rule, what {@link Rule#inName} tests first, as plain arrays: the loops over every rule for
   * every entry stay in this class's code (per entry and rule, a call was ~2% of a cold audit of a
   * tree with a 496-line .gitignore).
   */
  private final long[] lowChars;

  private final long[] highChars;
  private final boolean[] slashed;
  private final String base;
  private final IgnoreRules parent;

  private IgnoreRules(IgnoreNode node, String base, IgnoreRules parent) {
    this.rules = node.getRules().stream().map(Rule::of).toArray(Rule[]::new);
    this.lowChars = new long[rules.length];
    this.highChars = new long[rules.length];
    this.slashed = new boolean[rules.length];
    for (int i = 0; i < rules.length; i++) {
      lowChars[i] = rules[i].lowChars();
      highChars[i] = rules[i].highChars();
      slashed[i] = !rules[i].head().isEmpty();
    }
    this.base = base;
    this.parent = parent;
  }

  /**
   * Whether rule {@code i}'s literal may lie in a name of characters {@code low, high}, before
   * {@link Rule#inName} searches the name: a slash-free literal's characters must all be in it, a
   * literal with a slash must straddle the folder's part ({@code straddles}) and the name.
   */
  private boolean mayBeInName(int i, long low, long high, boolean straddles) {
    return slashed[i] ? straddles : (lowChars[i] & ~low) == 0 && (highChars[i] & ~high) == 0;
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
  private record Rule(
      FastIgnoreRule rule,
      String literal,
      String head,
      String tail,
      long lowChars,
      long highChars) {
    /**
     * The rule with its literal split at the last slash: {@code head} up to it included ("" when
     * there is none), {@code tail} after it, and the characters of the tail.
     */
    static Rule of(FastIgnoreRule rule) {
      String literal = literalOf(rule);
      if (literal == null) {
        return new Rule(rule, null, "", null, 0, 0);
      }
      int split = literal.lastIndexOf('/') + 1;
      String tail = literal.substring(split);
      return new Rule(
          rule, literal, literal.substring(0, split), tail, CharSet.low(tail), CharSet.high(tail));
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
            // what a bracket expression holds is no literal; the runs after it are
            i = bracketEnd(pattern, i);
            if (i < 0) {
              break;
            }
          }
          runStart = i + 1;
        }
      }
      return longest.isEmpty() ? null : longest;
    }

    /** The index of the ']' closing the bracket expression opened at {@code open}, or -1. */
    private static int bracketEnd(String pattern, int open) {
      int i = open + 1;
      if (i < pattern.length() && (pattern.charAt(i) == '!' || pattern.charAt(i) == '^')) {
        i++;
      }
      if (i < pattern.length() && pattern.charAt(i) == ']') {
        i++; // a ']' first is one of the set
      }
      return pattern.indexOf(']', i);
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

    /** Whether the rule has no literal, so that any path may match it. */
    boolean alwaysCandidate() {
      return literal == null;
    }

    /**
     * Whether the literal may lie in a path through the entry {@code name}, given that the folder's
     * part of the path does not hold it and that {@link IgnoreRules#mayBeInName} said it may: a
     * literal without a slash within the name; one with a slash only straddling the two, its head
     * ending the folder's part and its tail starting the name.
     */
    boolean inName(String name) {
      return head.isEmpty() ? name.contains(literal) : name.startsWith(tail);
    }

    /** Whether a folder's part of a path ends with the literal's head (a slash-free one never). */
    boolean straddles(String prefix) {
      return !head.isEmpty() && prefix.endsWith(head);
    }

    /** As JGit's {@code IgnoreNode.checkIgnored} asks each rule, last rule first. */
    Boolean check(String path, boolean directory) {
      return rule.isMatch(path, directory, true) ? rule.getResult() : null;
    }
  }

  /**
   * The characters of a string as two 64-bit sets: ASCII 0–63 and 64–127, any other character
   * counted as NUL (which no path holds), so a set missing one of a literal's characters proves
   * that the string cannot hold the literal.
   */
  private static final class CharSet {
    static long low(String text) {
      long set = 0;
      for (int i = 0; text != null && i < text.length(); i++) {
        char c = text.charAt(i);
        set |= c < 64 ? 1L << c : c < 128 ? 0 : 1L;
      }
      return set;
    }

    static long high(String text) {
      long set = 0;
      for (int i = 0; text != null && i < text.length(); i++) {
        char c = text.charAt(i);
        set |= c >= 64 && c < 128 ? 1L << (c - 64) : 0;
      }
      return set;
    }
  }

  /**
   * These rules with {@code node} on top, its patterns relative to {@code dir} (repo-relative,
   * {@code ""} for the root).
   */
  IgnoreRules with(IgnoreNode node, String dir) {
    return new IgnoreRules(node, dir.isEmpty() ? "" : dir + "/", this);
  }

  /**
   * These rules as they apply to the entries of {@code dir} (repo-relative, {@code ""} the root).
   */
  InDirectory in(String dir) {
    return new InDirectory(this, dir.isEmpty() ? "" : dir + "/");
  }

  /**
   * The rules for the entries of one directory, with what can be decided once per directory decided
   * here. A literal without a slash lies either in the directory's part of an entry's path or in
   * the entry's name, never across the slash between: a rule whose literal the directory's part
   * holds is a candidate for every entry, any other only for a name holding its literal. A literal
   * with a slash lies in the directory's part, or straddles it and the name: its head (up to its
   * last slash) ends the directory's part, its tail starts the name. So an entry costs a test of
   * its short name, mostly of two words, instead of a substring search of its whole path for every
   * rule (~18% of a conflict-marker-only audit of zen, 171 rules at its root).
   */
  static final class InDirectory {
    /** One level's rules, deepest level first; {@code prefix} is the directory's part of a path. */
    private record Level(
        String prefix, IgnoreRules level, boolean[] candidate, boolean[] straddle) {
      static Level of(IgnoreRules level, String dir) {
        String prefix = dir.substring(level.base.length());
        boolean[] candidate = new boolean[level.rules.length];
        boolean[] straddle = new boolean[candidate.length];
        for (int i = 0; i < candidate.length; i++) {
          Rule rule = level.rules[i];
          candidate[i] = rule.alwaysCandidate() || prefix.contains(rule.literal());
          straddle[i] = rule.straddles(prefix);
        }
        return new Level(prefix, level, candidate, straddle);
      }

      /** Whether rule {@code i} may match an entry of characters {@code low, high} here. */
      boolean mayMatch(int i, String name, long low, long high) {
        return candidate[i]
            || level.mayBeInName(i, low, high, straddle[i]) && level.rules[i].inName(name);
      }

      /** This level for subdirectory {@code name}, whose characters are {@code low, high}. */
      Level below(String name, long low, long high) {
        String subPrefix = prefix + name + "/";
        boolean[] below = new boolean[candidate.length];
        boolean[] straddleBelow = new boolean[below.length];
        for (int i = 0; i < below.length; i++) {
          // a literal the subfolder's part holds lies in this folder's part or through the name
          below[i] = mayMatch(i, name, low, high);
          straddleBelow[i] = level.slashed[i] && level.rules[i].straddles(subPrefix);
        }
        return new Level(subPrefix, level, below, straddleBelow);
      }
    }

    private final IgnoreRules rules;
    private final String dir;
    private final List<Level> levels;

    private InDirectory(IgnoreRules rules, String dir) {
      this.rules = rules;
      this.dir = dir;
      this.levels = new ArrayList<>();
      for (IgnoreRules level = rules; level != null; level = level.parent) {
        levels.add(Level.of(level, dir));
      }
    }

    private InDirectory(IgnoreRules rules, String dir, List<Level> levels) {
      this.rules = rules;
      this.dir = dir;
      this.levels = levels;
    }

    /**
     * The rules for the entries of subdirectory {@code name}, whose rules are {@code subRules}:
     * these, or these with the subdirectory's own ignore file on top. A literal without a slash
     * lies in the subdirectory's part of a path if it lies in this directory's part or in {@code
     * name}, so each level is derived from this one's by a test of the name (a directory's own
     * search of every rule was ~3% of a cold audit of a tree of 9k one-file folders).
     */
    InDirectory below(String name, IgnoreRules subRules) {
      String subDir = dir + name + "/";
      if (subRules != rules && subRules.parent != rules) {
        return new InDirectory(subRules, subDir);
      }
      long low = CharSet.low(name);
      long high = CharSet.high(name);
      List<Level> derived = new ArrayList<>(levels.size() + 1);
      if (subRules != rules) {
        derived.add(Level.of(subRules, subDir));
      }
      for (Level level : levels) {
        derived.add(level.below(name, low, high));
      }
      return new InDirectory(subRules, subDir, derived);
    }

    /** Whether git would ignore the entry {@code name}; the deepest matching rule wins. */
    boolean isIgnored(String name, boolean directory) {
      long low = CharSet.low(name);
      long high = CharSet.high(name);
      for (Level level : levels) {
        String relative = null;
        for (int i = level.candidate.length - 1; i >= 0; i--) {
          if (!level.mayMatch(i, name, low, high)) {
            continue;
          }
          relative = relative == null ? level.prefix + name : relative;
          Boolean ignored = level.level().rules[i].check(relative, directory);
          if (ignored != null) {
            return ignored;
          }
        }
      }
      return false;
    }
  }
}
