package dev.ssotgardener.lang.treesitter;

import java.util.function.Function;

/**
 * The fast path: one JNI call per text into our optimized build of tree-sitter (build.sh), through
 * the query cursor or through the grammar's hand-written walk of the query.
 */
final class NativeQueryEngine implements QueryEngine {
  private final NativeTreeSitter.Query query;
  private final Function<byte[], int[]> matches;

  NativeQueryEngine(NativeTreeSitter.Query query, boolean walked) {
    this.query = query;
    this.matches = walked ? walkOrQuery(query) : query::run;
  }

  /**
   * The walk; the query, which answers the same, when the library predates the walk (build.sh keeps
   * a library it cannot rebuild without gcc).
   */
  private static Function<byte[], int[]> walkOrQuery(NativeTreeSitter.Query query) {
    try {
      return query.walk()::run;
    } catch (UnsatisfiedLinkError e) {
      return query::run;
    }
  }

  @Override
  public int[] run(String parsable, byte[] utf8) {
    return matches.apply(utf8);
  }

  @Override
  public String captureName(int index) {
    return query.captureName(index);
  }

  @Override
  public int captureCount() {
    return query.captureCount();
  }

  @Override
  public String symbolName(int symbol) {
    return query.symbolName(symbol);
  }
}
