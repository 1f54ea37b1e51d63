package dev.ssotgardener.lang.treesitter;

import dev.ssotgardener.lang.TextRange;
import dev.ssotgardener.lang.Utf8Offsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One tree-sitter query compiled for one grammar, run over a text at a time: the parse, the query
 * and the freeing of the tree happen in one call, and the matches come back as char ranges by
 * capture name. Immutable and safe to share between threads.
 */
public final class TreeQuery {
  /** The capture name whose node type a match reports: {@code (MISSING) @missing}. */
  private static final String MISSING = "missing";

  private final QueryEngine engine;
  private final String[] names;

  /** Runs on the optimized native library when there is one, else on the bundled natives. */
  public TreeQuery(
      Optional<NativeTreeSitter> fast, NativeTreeSitter.Grammar grammar, String source) {
    this.engine = QueryEngine.compile(fast, grammar, source);
    this.names = new String[engine.captureCount()];
    for (int i = 0; i < names.length; i++) {
      names[i] = engine.captureName(i);
    }
  }

  /** What one match caught. */
  @FunctionalInterface
  public interface MatchSink {
    /**
     * @param found the match's captures by name; reused for the next match, so copy what you keep
     * @param missingType the node type of its {@code @missing} capture, or null
     */
    void accept(Map<String, TextRange> found, String missingType);
  }

  /**
   * Parses {@code parsable} (see {@link Utf8Offsets#parsable}) and hands every match to {@code
   * sink}, in the query cursor's order.
   */
  public void forEachMatch(String parsable, MatchSink sink) {
    int[] flat = engine.run(parsable);
    Utf8Offsets offsets = Utf8Offsets.of(parsable);
    Map<String, TextRange> found = new HashMap<>();
    int i = NativeTreeSitter.HEADER;
    while (i < flat.length) {
      int match = flat[i + NativeTreeSitter.MATCH];
      found.clear();
      String missing = null;
      for (;
          i < flat.length && flat[i + NativeTreeSitter.MATCH] == match;
          i += NativeTreeSitter.STRIDE) {
        String name = names[flat[i + NativeTreeSitter.CAPTURE]];
        found.put(
            name,
            new TextRange(
                offsets.charOffset(flat[i + NativeTreeSitter.START]),
                offsets.charOffset(flat[i + NativeTreeSitter.END])));
        if (name.equals(MISSING)) {
          missing = engine.symbolName(flat[i + NativeTreeSitter.SYMBOL]);
        }
      }
      sink.accept(found, missing);
    }
  }
}
