package dev.ssotgardener.policy;

import dev.ssotgardener.policy.YamlNode.Entry;
import dev.ssotgardener.policy.YamlNode.Mapping;
import dev.ssotgardener.policy.YamlNode.Mark;
import dev.ssotgardener.policy.YamlNode.Scalar;
import dev.ssotgardener.policy.YamlNode.Sequence;
import java.util.ArrayList;
import java.util.List;

/** Typed reads of {@link YamlNode}s that fail with the file, position and key path. */
final class ValueReader {
  private final String file;

  /** Every glob read so far, for warnings about globs that match no file. */
  private final List<GlobSite> globSites = new ArrayList<>();

  ValueReader(String file) {
    this.file = file;
  }

  List<GlobSite> globSites() {
    return List.copyOf(globSites);
  }

  PolicyException error(Mark mark, String path, String problem) {
    return new PolicyException(
        file, mark.line(), mark.column(), path.isEmpty() ? problem : path + ": " + problem);
  }

  static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  Mapping mapping(YamlNode node, String path, String expected) throws PolicyException {
    if (node instanceof Mapping mapping) {
      return mapping;
    }
    throw error(node.mark(), path, "expected " + expected + ", found " + node.describe());
  }

  /** Fails on the first key not in {@code known}, suggesting a near miss. */
  void rejectUnknownKeys(Mapping mapping, String path, List<String> known) throws PolicyException {
    for (Entry entry : mapping.entries().values()) {
      if (!known.contains(entry.key())) {
        throw error(
            entry.keyMark(), child(path, entry.key()), "unknown key" + hint(entry.key(), known));
      }
    }
  }

  /** {@code "; did you mean 'x'?"} for a near miss, else the list of what is allowed. */
  static String hint(String word, List<String> known) {
    String best = null;
    int bestDistance = 3;
    for (String candidate : known) {
      int distance = editDistance(word, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best != null
        ? "; did you mean '" + best + "'?"
        : " (expected one of " + String.join(", ", known) + ")";
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** A non-empty string; numbers and booleans must be quoted to count. */
  String string(YamlNode node, String path) throws PolicyException {
    if (node instanceof Scalar scalar && scalar.type() == Scalar.Type.STRING) {
      if (scalar.text().isBlank()) {
        throw error(node.mark(), path, "must not be empty");
      }
      return scalar.text();
    }
    String quote =
        node instanceof Scalar scalar && scalar.type() != Scalar.Type.NULL
            ? " (quote it to make it a string)"
            : "";
    throw error(node.mark(), path, "expected a string, found " + node.describe() + quote);
  }

  /**
   * One of a few words, as written: YAML reads a bare {@code off} as a boolean, which is still the
   * word the user meant.
   */
  String word(YamlNode node, String path) throws PolicyException {
    if (node instanceof Scalar scalar
        && (scalar.type() == Scalar.Type.STRING || scalar.type() == Scalar.Type.BOOLEAN)) {
      return scalar.text();
    }
    throw error(node.mark(), path, "expected a word, found " + node.describe());
  }

  /** A string or a list of strings; {@code required} lists must not be empty. */
  List<String> strings(YamlNode node, String path, boolean required) throws PolicyException {
    if (node instanceof Scalar scalar && scalar.type() == Scalar.Type.STRING) {
      return List.of(string(node, path));
    }
    if (!(node instanceof Sequence sequence)) {
      throw error(
          node.mark(), path, "expected a string or a list of strings, found " + node.describe());
    }
    if (required && sequence.items().isEmpty()) {
      throw error(node.mark(), path, "must not be empty");
    }
    List<String> strings = new ArrayList<>();
    for (YamlNode item : sequence.items()) {
      strings.add(string(item, path + "[" + strings.size() + "]"));
    }
    return strings;
  }

  /** A glob or a list of globs, each checked where it is written. */
  GlobSet globs(YamlNode node, String path, boolean required) throws PolicyException {
    List<String> patterns = strings(node, path, required);
    for (int i = 0; i < patterns.size(); i++) {
      YamlNode at = node instanceof Sequence sequence ? sequence.items().get(i) : node;
      String itemPath = node instanceof Sequence ? path + "[" + i + "]" : path;
      try {
        GlobSet.of(List.of(patterns.get(i)));
      } catch (IllegalArgumentException e) {
        throw error(at.mark(), itemPath, e.getMessage());
      }
      globSites.add(
          new GlobSite(file, at.mark().line(), at.mark().column(), itemPath, patterns.get(i)));
    }
    return GlobSet.of(patterns);
  }
}
