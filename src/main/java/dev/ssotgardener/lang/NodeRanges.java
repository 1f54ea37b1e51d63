package dev.ssotgardener.lang;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Items that stand for nodes of one syntax tree, so that any two of their ranges are nested or
 * apart, asked which of them hold a range. Each question costs a binary search and a walk up the
 * nesting, not a scan of every item: a file of n definitions, handlers or comprehensions asks n
 * times, and the scans made a 1 MB file cost seconds.
 *
 * @param <T> what an item is; {@code range} gives its node's range
 */
public final class NodeRanges<T> {
  private final List<T> items;
  private final int[] starts;
  private final TextRange[] ranges;
  private final int[] parent;

  public NodeRanges(List<T> items, Function<T, TextRange> range) {
    List<T> sorted = new ArrayList<>(items);
    // Outer before inner where two start together, so a parent always comes first.
    sorted.sort(
        Comparator.comparingInt((T item) -> range.apply(item).start())
            .thenComparing(
                Comparator.comparingInt((T item) -> range.apply(item).end()).reversed()));
    this.items = List.copyOf(sorted);
    this.starts = new int[sorted.size()];
    this.ranges = new TextRange[sorted.size()];
    this.parent = new int[sorted.size()];
    int[] open = new int[sorted.size()];
    int depth = 0;
    for (int i = 0; i < sorted.size(); i++) {
      ranges[i] = range.apply(sorted.get(i));
      starts[i] = ranges[i].start();
      while (depth > 0 && !ranges[open[depth - 1]].contains(ranges[i])) {
        depth--;
      }
      parent[i] = depth > 0 ? open[depth - 1] : -1;
      open[depth++] = i;
    }
  }

  /** The items by start, an outer one before the inner ones that start with it. */
  public List<T> items() {
    return items;
  }

  /** The index in {@link #items} of the innermost item holding the one at {@code index}, or -1. */
  public int parent(int index) {
    return parent[index];
  }

  /** The innermost item whose range contains {@code range} (or equals it), or null. */
  public T innermost(TextRange range) {
    int at = innermostIndex(range);
    return at < 0 ? null : items.get(at);
  }

  /** Every item whose range contains {@code range} (or equals it), outermost first. */
  public List<T> enclosing(TextRange range) {
    List<T> out = new ArrayList<>();
    for (int at = innermostIndex(range); at >= 0; at = parent[at]) {
      out.add(items.get(at));
    }
    Collections.reverse(out);
    return out;
  }

  private int innermostIndex(TextRange range) {
    int low = 0;
    int high = starts.length - 1;
    int last = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (starts[mid] <= range.start()) {
        last = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    // The holders of a range are the last item starting at or before it and its ancestors.
    for (int at = last; at >= 0; at = parent[at]) {
      if (ranges[at].contains(range)) {
        return at;
      }
    }
    return -1;
  }

  public boolean anyContains(TextRange range) {
    return innermost(range) != null;
  }
}
