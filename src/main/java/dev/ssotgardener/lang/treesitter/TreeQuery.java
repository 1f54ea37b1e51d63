package dev.ssotgardener.lang.treesitter;

import dev.ssotgardener.lang.TextRange;
import dev.ssotgardener.lang.Utf8Offsets;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One tree-sitter query compiled for one grammar, run over a text at a time: the parse, the query
 * and the freeing of the tree happen in one call, and the matches come back as char ranges by
 * capture. Captures are addressed by id ({@link #capture}), resolved once from their names: a match
 * is read millions of times per audit, a name looked up in a map each time cost more than the
 * query. Immutable and safe to share between threads.
 */
public final class TreeQuery {
  private final QueryEngine engine;
  private final String[] names;
  private final int missing;

  /** Runs on the optimized native library when there is one, else on the bundled natives. */
  public TreeQuery(
      Optional<NativeTreeSitter> fast, NativeTreeSitter.Grammar grammar, String source) {
    this(fast, grammar, source, false);
  }

  /**
   * As above; with {@code walked}, the native library answers through the grammar's hand-written
   * walk of {@code source} ({@link NativeTreeSitter.Query#walk}), which must find exactly what the
   * query finds.
   */
  public TreeQuery(
      Optional<NativeTreeSitter> fast,
      NativeTreeSitter.Grammar grammar,
      String source,
      boolean walked) {
    this.engine = QueryEngine.compile(fast, grammar, source, walked);
    this.names = new String[engine.captureCount()];
    for (int i = 0; i < names.length; i++) {
      names[i] = engine.captureName(i);
    }
    this.missing = List.of(names).indexOf("missing");
  }

  /** The id of the capture {@code @name}; throws IllegalArgumentException if the query has none. */
  public int capture(String name) {
    int id = List.of(names).indexOf(name);
    if (id < 0) {
      throw new IllegalArgumentException("the query has no capture @" + name);
    }
    return id;
  }

  /** How many captures the query names: ids run from 0 to this, exclusive. */
  public int captureCount() {
    return names.length;
  }

  /**
   * By capture id: the index of its name in {@code captures}, else -1; for {@link Match#addEach}.
   */
  public int[] slots(List<String> captures) {
    int[] slots = new int[names.length];
    Arrays.fill(slots, -1);
    for (int slot = 0; slot < captures.size(); slot++) {
      slots[capture(captures.get(slot))] = slot;
    }
    return slots;
  }

  /** What one match caught. */
  @FunctionalInterface
  public interface MatchSink {
    /**
     * @param match reused for the next match, so copy what you keep
     */
    void accept(Match match);
  }

  /** The captures of one match by id; a capture caught twice keeps its last node. */
  public static final class Match {
    private final TextRange[] ranges;
    private final int[] caught;
    private int count;
    private String missingType;

    private Match(int captures) {
      this.ranges = new TextRange[captures];
      this.caught = new int[captures];
    }

    /** The range of capture {@code id} in this match, or null. */
    public TextRange get(int id) {
      return ranges[id];
    }

    public boolean has(int id) {
      return ranges[id] != null;
    }

    /** How many distinct captures this match holds; {@link #captureAt} lists them. */
    public int count() {
      return count;
    }

    public int captureAt(int index) {
      return caught[index];
    }

    /**
     * Adds the range of each capture with a slot ({@link #slots}) to the list of that slot: how the
     * one-capture patterns of a query are sorted.
     */
    public void addEach(int[] slots, List<List<TextRange>> lists) {
      for (int i = 0; i < count; i++) {
        int slot = slots[caught[i]];
        if (slot >= 0) {
          lists.get(slot).add(ranges[caught[i]]);
        }
      }
    }

    /** The node type of the match's {@code @missing} capture, or null. */
    public String missingType() {
      return missingType;
    }

    private void clear() {
      for (int i = 0; i < count; i++) {
        ranges[caught[i]] = null;
      }
      count = 0;
      missingType = null;
    }

    private void put(int id, TextRange range) {
      if (ranges[id] == null) {
        caught[count++] = id;
      }
      ranges[id] = range;
    }
  }

  /**
   * Parses {@code parsable} (see {@link Utf8Offsets#parsable}) and hands every match to {@code
   * sink}, in the query cursor's order.
   */
  public void forEachMatch(String parsable, MatchSink sink) {
    byte[] utf8 = parsable.getBytes(StandardCharsets.UTF_8);
    int[] flat = engine.run(parsable, utf8);
    Utf8Offsets offsets =
        utf8.length == parsable.length() ? Utf8Offsets.ASCII : Utf8Offsets.of(parsable);
    Match found = new Match(names.length);
    int i = NativeTreeSitter.HEADER;
    while (i < flat.length) {
      int match = flat[i + NativeTreeSitter.MATCH];
      found.clear();
      for (;
          i < flat.length && flat[i + NativeTreeSitter.MATCH] == match;
          i += NativeTreeSitter.STRIDE) {
        int capture = flat[i + NativeTreeSitter.CAPTURE];
        found.put(
            capture,
            new TextRange(
                offsets.charOffset(flat[i + NativeTreeSitter.START]),
                offsets.charOffset(flat[i + NativeTreeSitter.END])));
        if (capture == missing) {
          found.missingType = engine.symbolName(flat[i + NativeTreeSitter.SYMBOL]);
        }
      }
      sink.accept(found);
    }
  }
}
