package dev.ssotgardener.lang.treesitter;

/** The fast path: one JNI call per text into our optimized build of tree-sitter (build.sh). */
final class NativeQueryEngine implements QueryEngine {
  private final NativeTreeSitter.Query query;

  NativeQueryEngine(NativeTreeSitter.Query query) {
    this.query = query;
  }

  @Override
  public int[] run(String parsable, byte[] utf8) {
    return query.run(utf8);
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
