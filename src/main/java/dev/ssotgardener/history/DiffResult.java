package dev.ssotgardener.history;

import dev.ssotgardener.finding.CommitRef;
import dev.ssotgardener.finding.Finding;
import java.util.List;

/**
 * Findings between two commits.
 *
 * @param introduced findings of {@code to} that {@code from} did not have, in finding order
 * @param fixed findings of {@code from} that {@code to} no longer has, in finding order
 */
public record DiffResult(
    CommitRef from, CommitRef to, List<Finding> introduced, List<Finding> fixed) {
  public DiffResult {
    introduced = List.copyOf(introduced);
    fixed = List.copyOf(fixed);
  }
}
