package dev.ssotgardener.fix;

import dev.ssotgardener.facts.ConflictBlock;
import dev.ssotgardener.finding.ConflictChoice;
import java.util.List;
import java.util.Optional;

/**
 * What a person needs to resolve one conflict by hand.
 *
 * @param candidates each candidate resolution (ours, theirs, ours+theirs, theirs+ours) and whether
 *     the file parses with it; empty for a file no front end parses
 * @param introducedBy the commit that wrote the {@code <<<<<<<} line, when git history says
 */
public record ConflictReport(
    String path, ConflictBlock block, List<Candidate> candidates, Optional<String> introducedBy) {
  public ConflictReport {
    candidates = List.copyOf(candidates);
  }

  /** One way to resolve the block. */
  public record Candidate(ConflictChoice choice, boolean parses) {
    public String name() {
      return choice.label();
    }
  }
}
