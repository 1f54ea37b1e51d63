package dev.ssotgardener.lang.treesitter;

import java.util.Optional;

/**
 * Parses a text and runs one compiled query over it, answering in the flat layout of {@link
 * NativeTreeSitter}: the optimized native library when it is there, the bundled natives otherwise.
 */
interface QueryEngine {
  /**
   * The optimized native library when there is one (through the grammar's hand-written walk of
   * {@code source} when {@code walked}), else the bundled natives.
   */
  static QueryEngine compile(
      Optional<NativeTreeSitter> fast,
      NativeTreeSitter.Grammar grammar,
      String source,
      boolean walked) {
    return fast.<QueryEngine>map(lib -> new NativeQueryEngine(lib.compile(grammar, source), walked))
        .orElseGet(() -> new BonedeQueryEngine(grammar, source));
  }

  /**
   * Every capture of {@code parsable} (see {@link dev.ssotgardener.lang.Utf8Offsets#parsable}),
   * byte offsets; {@code utf8} is its encoding, which the caller has anyway.
   */
  int[] run(String parsable, byte[] utf8);

  String captureName(int index);

  int captureCount();

  String symbolName(int symbol);
}
