package dev.ssotgardener.lang.treesitter;

import java.util.Arrays;
import org.treesitter.TSLanguage;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSQuery;
import org.treesitter.TSQueryCapture;
import org.treesitter.TSQueryCursor;
import org.treesitter.TSQueryMatch;
import org.treesitter.TSTree;
import org.treesitter.TreeSitterJava;
import org.treesitter.TreeSitterPython;

/**
 * The fallback: the bundled tree-sitter natives, walked match by match through their Java binding.
 * Slower (debug builds, a crossing per capture) but needs no C compiler.
 */
final class BonedeQueryEngine implements QueryEngine {
  private final TSLanguage language;
  private final TSQuery query;

  BonedeQueryEngine(NativeTreeSitter.Grammar grammar, String source) {
    this.language =
        switch (grammar) {
          case PYTHON -> new TreeSitterPython();
          case JAVA -> new TreeSitterJava();
        };
    this.query = new TSQuery(language, source);
  }

  @Override
  public int[] run(String parsable, byte[] utf8) {
    int[] out = new int[NativeTreeSitter.HEADER + 64 * NativeTreeSitter.STRIDE];
    int size = NativeTreeSitter.HEADER;
    int matches = 0;
    // parseString, not parse(byte[]): the latter crashes the JVM in this binding.
    try (TSParser parser = new TSParser()) {
      parser.setLanguage(language);
      try (TSTree tree = parser.parseString(null, parsable);
          TSQueryCursor cursor = new TSQueryCursor()) {
        TSNode root = tree.getRootNode();
        out[0] = root.hasError() ? NativeTreeSitter.HAS_ERROR : 0;
        cursor.exec(query, root);
        TSQueryMatch match = new TSQueryMatch();
        while (cursor.nextMatch(match)) {
          for (TSQueryCapture capture : match.getCaptures()) {
            if (size + NativeTreeSitter.STRIDE > out.length) {
              out = Arrays.copyOf(out, out.length * 2);
            }
            TSNode node = capture.getNode();
            out[size + NativeTreeSitter.MATCH] = matches;
            out[size + NativeTreeSitter.PATTERN] = match.getPatternIndex();
            out[size + NativeTreeSitter.CAPTURE] = capture.getIndex();
            out[size + NativeTreeSitter.START] = node.getStartByte();
            out[size + NativeTreeSitter.END] = node.getEndByte();
            out[size + NativeTreeSitter.SYMBOL] = node.getSymbol();
            size += NativeTreeSitter.STRIDE;
          }
          matches++;
        }
      }
    }
    out[1] = matches;
    return Arrays.copyOf(out, size);
  }

  @Override
  public String captureName(int index) {
    return query.getCaptureNameForId(index);
  }

  @Override
  public int captureCount() {
    return query.getCaptureCount();
  }

  @Override
  public String symbolName(int symbol) {
    return language.symbolName(symbol);
  }
}
