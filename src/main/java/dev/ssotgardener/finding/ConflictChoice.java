package dev.ssotgardener.finding;

import dev.ssotgardener.facts.ConflictBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * The candidate resolutions of a conflict no rule may decide, in the order they are reported and
 * tried: the {@link Alternative}s of a conflict finding, which a person's explicit {@code
 * --conflict} chooses from and {@code ssot garden} tests.
 */
public enum ConflictChoice {
  OURS("ours"),
  THEIRS("theirs"),
  /** Ours, then theirs. */
  UNION("ours+theirs"),
  /** Theirs, then ours: the fourth candidate {@code ssot garden} tries. */
  THEIRS_THEN_OURS("theirs+ours");

  private final String label;

  ConflictChoice(String label) {
    this.label = label;
  }

  /** What reports and trackers call it: {@code ours+theirs}. */
  public String label() {
    return label;
  }

  /** The lines that replace the whole block; the diff3 base section is always dropped. */
  public List<String> lines(ConflictBlock block) {
    return switch (this) {
      case OURS -> block.ours();
      case THEIRS -> block.theirs();
      case UNION -> {
        List<String> both = new ArrayList<>(block.ours());
        both.addAll(block.theirs());
        yield both;
      }
      case THEIRS_THEN_OURS -> {
        List<String> both = new ArrayList<>(block.theirs());
        both.addAll(block.ours());
        yield both;
      }
    };
  }
}
