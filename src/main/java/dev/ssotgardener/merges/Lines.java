package dev.ssotgardener.merges;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.diff.RawText;

/**
 * Lines as the classes compare them: trailing whitespace and carriage returns do not count, blank
 * lines do not count, order counts only where a class says so (as multisets otherwise).
 */
final class Lines {
  private Lines() {}

  /** The lines of a text, trailing whitespace removed. */
  static List<String> of(RawText text) {
    List<String> lines = new ArrayList<>(text.size());
    for (int i = 0; i < text.size(); i++) {
      lines.add(text.getString(i).stripTrailing());
    }
    return lines;
  }

  static List<String> nonBlank(List<String> lines) {
    return lines.stream().filter(l -> !l.isBlank()).toList();
  }

  /** {@code lines} with each line of {@code removed} taken out once (multiset difference). */
  static List<String> minus(List<String> lines, List<String> removed) {
    Map<String, Integer> left = counts(removed);
    List<String> rest = new ArrayList<>();
    for (String line : lines) {
      Integer n = left.get(line);
      if (n != null && n > 0) {
        left.put(line, n - 1);
      } else {
        rest.add(line);
      }
    }
    return rest;
  }

  /** Whether every line of {@code part} occurs in {@code whole}, as often as in {@code part}. */
  static boolean containsAll(List<String> whole, List<String> part) {
    return minus(part, whole).isEmpty();
  }

  static Map<String, Integer> counts(List<String> lines) {
    Map<String, Integer> counts = new HashMap<>();
    lines.forEach(l -> counts.merge(l, 1, Integer::sum));
    return counts;
  }
}
