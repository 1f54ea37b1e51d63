package dev.ssotgardener.facts;

import java.util.List;

/**
 * One git merge-conflict block. Lines are 1-based line numbers of the markers; {@code baseLine} is
 * 0 when the block has no {@code |||||||} section (2-way style).
 *
 * @param ours the lines between {@code <<<<<<<} and the base or separator marker
 * @param base the diff3 base section, empty in 2-way style
 * @param theirs the lines between {@code =======} and {@code >>>>>>>}
 */
public record ConflictBlock(
    int startLine,
    int baseLine,
    int separatorLine,
    int endLine,
    String oursLabel,
    String baseLabel,
    String theirsLabel,
    List<String> ours,
    List<String> base,
    List<String> theirs) {
  public ConflictBlock {
    ours = List.copyOf(ours);
    base = List.copyOf(base);
    theirs = List.copyOf(theirs);
  }
}
