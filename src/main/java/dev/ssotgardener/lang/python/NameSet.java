package dev.ssotgardener.lang.python;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A few names, asked about ranges of a text without cutting them out: a file's identifiers are
 * asked one by one whether they are one of its bound names, and a substring of each was a string
 * per identifier of every file.
 */
final class NameSet {
  private static final String[] NONE = {};

  /** By length: the names of that length. */
  private final String[][] byLength;

  NameSet(Collection<String> names) {
    int longest = names.stream().mapToInt(String::length).max().orElse(0);
    List<List<String>> grouped = new ArrayList<>();
    for (int length = 0; length <= longest; length++) {
      grouped.add(new ArrayList<>());
    }
    names.forEach(name -> grouped.get(name.length()).add(name));
    byLength =
        grouped.stream()
            .map(list -> list.isEmpty() ? NONE : list.toArray(String[]::new))
            .toArray(String[][]::new);
  }

  /** The name {@code text[start, end)} is, or null when it is none of them. */
  String find(String text, int start, int end) {
    int length = end - start;
    if (length >= byLength.length) {
      return null;
    }
    for (String name : byLength[length]) {
      if (text.startsWith(name, start)) {
        return name;
      }
    }
    return null;
  }

  boolean contains(String text, int start, int end) {
    return find(text, start, end) != null;
  }
}
