package dev.ssotgardener.lang.python;

import dev.ssotgardener.lang.TextRange;
import java.util.Arrays;
import java.util.List;

/**
 * The start offsets of some ranges, sorted: whether a range starts at an offset is a binary search
 * that boxes nothing (a set of Integer per file was ~1% of a cold audit).
 */
record Starts(int[] sorted) {
  @SafeVarargs
  static Starts of(List<? extends TextRange>... lists) {
    int[] starts = new int[Arrays.stream(lists).mapToInt(List::size).sum()];
    int i = 0;
    for (List<? extends TextRange> list : lists) {
      for (TextRange range : list) {
        starts[i++] = range.start();
      }
    }
    Arrays.sort(starts);
    return new Starts(starts);
  }

  boolean has(int offset) {
    return Arrays.binarySearch(sorted, offset) >= 0;
  }
}
