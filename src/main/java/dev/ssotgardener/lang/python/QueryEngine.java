package dev.ssotgardener.lang.python;

/**
 * Parses a text and runs one compiled query over it, answering in the flat layout of {@link
 * NativeTreeSitter}: the optimized native library when it is there, the bundled natives otherwise.
 */
interface QueryEngine {
  /** Every capture of {@code parsable} (see {@link Utf8Offsets#parsable}), byte offsets. */
  int[] run(String parsable);

  String captureName(int index);

  int captureCount();

  String symbolName(int symbol);
}
