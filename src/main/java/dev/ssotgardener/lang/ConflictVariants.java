package dev.ssotgardener.lang;

import dev.ssotgardener.facts.ConflictBlock;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * The two texts a conflicted file stands for. Every line of the other side, of the base section and
 * every marker line is emptied, not removed, so both variants keep the file's line numbers and the
 * facts parsed from them point at the conflicted file itself.
 */
public final class ConflictVariants {
  /** Which side of every block a variant keeps. */
  public enum Side {
    OURS,
    THEIRS
  }

  /**
   * What a conflicted file stands for: {@code parse} of its ours and of its theirs variant, joined
   * by {@code union}, so a conflict hides nothing from the rules.
   */
  public <T> T parsedOnBothSides(
      String text, List<ConflictBlock> blocks, Function<String, T> parse, BinaryOperator<T> union) {
    return union.apply(
        parse.apply(variant(text, blocks, Side.OURS)),
        parse.apply(variant(text, blocks, Side.THEIRS)));
  }

  /** The text with only {@code side} of each block left, line for line. */
  public String variant(String text, List<ConflictBlock> blocks, Side side) {
    LineMap lines = new LineMap(text);
    StringBuilder out = new StringBuilder(text.length());
    int next = 1;
    for (ConflictBlock block : blocks) {
      copy(lines, next, block.startLine() - 1, out);
      int keepFrom = side == Side.OURS ? block.startLine() + 1 : block.separatorLine() + 1;
      int keepTo =
          side == Side.OURS
              ? (block.baseLine() > 0 ? block.baseLine() : block.separatorLine()) - 1
              : block.endLine() - 1;
      for (int n = block.startLine(); n <= block.endLine(); n++) {
        if (n >= keepFrom && n <= keepTo) {
          copy(lines, n, n, out);
        } else {
          out.append(text, lines.lineEnd(n), lines.lineEndWithTerminator(n));
        }
      }
      next = block.endLine() + 1;
    }
    copy(lines, next, lines.lineCount(), out);
    return out.toString();
  }

  private static void copy(LineMap lines, int from, int to, StringBuilder out) {
    if (from <= to) {
      out.append(lines.text(), lines.lineStart(from), lines.lineEndWithTerminator(to));
    }
  }
}
