package dev.ssotgardener.fix;

import dev.ssotgardener.facts.ConflictBlock;
import java.util.ArrayList;
import java.util.List;

/** A person's explicit choice for the conflicts no rule may decide. */
public enum ConflictChoice {
  OURS,
  THEIRS,
  /** Ours, then theirs. */
  UNION,
  /** Theirs, then ours: the fourth candidate {@code ssot garden} tries. */
  THEIRS_THEN_OURS;

  /** The lines that replace the whole block; the diff3 base section is always dropped. */
  List<String> lines(ConflictBlock block) {
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
