package dev.ssotgardener.lang;

import dev.ssotgardener.facts.BrokenMarker;
import dev.ssotgardener.facts.ConflictBlock;
import java.util.List;

/** The complete conflict blocks of one text and the markers that belong to none. */
public record ConflictScan(List<ConflictBlock> blocks, List<BrokenMarker> broken) {
  public ConflictScan {
    blocks = List.copyOf(blocks);
    broken = List.copyOf(broken);
  }

  public boolean isEmpty() {
    return blocks.isEmpty() && broken.isEmpty();
  }
}
