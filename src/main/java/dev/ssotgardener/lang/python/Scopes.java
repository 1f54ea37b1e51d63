package dev.ssotgardener.lang.python;

import dev.ssotgardener.lang.NodeRanges;
import dev.ssotgardener.lang.TextRange;
import dev.ssotgardener.lang.python.Captures.Definition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Where the class and function bodies of one file are, to tell module level from nested code. */
final class Scopes {
  private final NodeRanges<Scope> nesting;
  private final List<Scope> all;

  private final int[] topStarts;
  private final int[] topEnds;

  /** One class or function definition. */
  record Scope(Definition definition, String name, boolean isClass) {}

  Scopes(Captures captures, String text) {
    List<Scope> scopes = new ArrayList<>();
    captures.classes().forEach(d -> scopes.add(new Scope(d, d.name().of(text), true)));
    captures.functions().forEach(d -> scopes.add(new Scope(d, d.name().of(text), false)));
    this.nesting = new NodeRanges<>(scopes, s -> s.definition().node());
    this.all = nesting.items();
    List<TextRange> top = new ArrayList<>();
    for (Scope scope : all) {
      TextRange node = scope.definition().node();
      if (top.isEmpty() || !top.get(top.size() - 1).contains(node)) {
        top.add(node);
      }
    }
    this.topStarts = top.stream().mapToInt(TextRange::start).toArray();
    this.topEnds = top.stream().mapToInt(TextRange::end).toArray();
  }

  /** Definitions in source order. */
  List<Scope> all() {
    return all;
  }

  /** Whether no class or function definition other than {@code range} itself encloses it. */
  boolean atModuleLevel(TextRange range) {
    int low = 0;
    int high = topStarts.length - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (topEnds[mid] <= range.start()) {
        low = mid + 1;
      } else if (topStarts[mid] > range.start()) {
        high = mid - 1;
      } else {
        return range.start() == topStarts[mid] && range.end() == topEnds[mid];
      }
    }
    return true;
  }

  /**
   * The definitions strictly enclosing the one at {@code index} in {@link #all}, outermost first.
   */
  List<Scope> enclosing(int index) {
    List<Scope> out = new ArrayList<>();
    for (int at = nesting.parent(index); at >= 0; at = nesting.parent(at)) {
      out.add(all.get(at));
    }
    Collections.reverse(out);
    return out;
  }

  /** The index in {@link #all} of the innermost definition enclosing the one at {@code index}. */
  int parentOf(int index) {
    return nesting.parent(index);
  }
}
