package dev.ssotgardener.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NodeRangesTest {
  @Test
  void findsTheInnermostHolderAsAScanOfEveryRangeWould() {
    for (int seed = 0; seed < 20; seed++) {
      Random random = new Random(seed);
      List<TextRange> nodes = new ArrayList<>();
      tree(random, 0, 2_000, 0, nodes);
      List<TextRange> shuffled = new ArrayList<>(nodes);
      Collections.shuffle(shuffled, random);
      NodeRanges<TextRange> ranges = new NodeRanges<>(shuffled, range -> range);
      for (int i = 0; i < 500; i++) {
        int start = random.nextInt(2_000);
        // Non-empty, as every range asked in use: an empty one at a boundary touches two nodes.
        TextRange asked =
            new TextRange(start, start + 1 + random.nextInt(Math.min(40, 2_000 - start)));
        assertThat(ranges.innermost(asked))
            .as("seed %d, %s", seed, asked)
            .isEqualTo(scan(nodes, asked));
      }
      for (TextRange node : nodes) {
        assertThat(ranges.innermost(node)).isEqualTo(node);
      }
    }
  }

  @Test
  void anOuterRangeComesBeforeTheInnerOnesThatStartWithIt() {
    TextRange outer = new TextRange(0, 10);
    TextRange inner = new TextRange(0, 4);
    TextRange apart = new TextRange(12, 14);
    NodeRanges<TextRange> ranges = new NodeRanges<>(List.of(apart, inner, outer), range -> range);

    assertThat(ranges.items()).containsExactly(outer, inner, apart);
    assertThat(ranges.parent(1)).isZero();
    assertThat(ranges.parent(2)).isEqualTo(-1);
    assertThat(ranges.innermost(new TextRange(5, 6))).isEqualTo(outer);
    assertThat(ranges.anyContains(new TextRange(10, 12))).isFalse();
    assertThat(new NodeRanges<TextRange>(List.of(), range -> range).anyContains(outer)).isFalse();
  }

  /** Nodes of a random syntax tree over [start, end): children apart, inside their parent. */
  private static void tree(Random random, int start, int end, int depth, List<TextRange> out) {
    int at = start;
    while (at < end && depth < 6) {
      int length = 1 + random.nextInt(Math.max(1, (end - at) / 2));
      TextRange node = new TextRange(at, Math.min(end, at + length));
      out.add(node);
      if (random.nextBoolean()) {
        tree(random, node.start(), node.end(), depth + 1, out);
      }
      at = node.end() + random.nextInt(3);
    }
  }

  /** Every node holding {@code asked}, the largest (outermost) first. */
  private static List<TextRange> holders(List<TextRange> nodes, TextRange asked) {
    return nodes.stream()
        .filter(node -> node.contains(asked))
        .sorted(
            Comparator.comparingInt((TextRange node) -> node.start() - node.end())
                .thenComparingInt(TextRange::start))
        .toList();
  }

  /** The smallest node holding {@code asked}: in a tree, the innermost. */
  private static TextRange scan(List<TextRange> nodes, TextRange asked) {
    TextRange best = null;
    for (TextRange node : nodes) {
      if (node.contains(asked)
          && (best == null || node.end() - node.start() < best.end() - best.start())) {
        best = node;
      }
    }
    return best;
  }
}
