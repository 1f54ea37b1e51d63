package dev.ssotgardener.rules;

import dev.ssotgardener.facts.BrokenMarker;
import dev.ssotgardener.facts.ConflictBlock;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.Span;
import dev.ssotgardener.index.RepoIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code conflict-markers}: one finding per committed merge-conflict block, and per stray marker.
 */
final class ConflictMarkerRule implements FileRule {
  @Override
  public List<Violation> check(FileFacts file, RepoIndex index) {
    List<Violation> violations = new ArrayList<>();
    for (ConflictBlock block : file.conflicts()) {
      violations.add(
          new Violation(
              file.path(),
              new Span(block.startLine(), 1, block.endLine(), 8),
              "unresolved merge conflict (lines %d-%d, %s vs %s); resolve it"
                  .formatted(
                      block.startLine(),
                      block.endLine(),
                      label(block.oursLabel()),
                      label(block.theirsLabel()))));
    }
    for (BrokenMarker marker : file.brokenMarkers()) {
      violations.add(
          new Violation(
              file.path(),
              new Span(marker.line(), 1, marker.line(), 8),
              "stray conflict marker %s: %s".formatted(marker.marker(), marker.problem())));
    }
    return violations;
  }

  private static String label(String label) {
    return label.isEmpty() ? "(unlabelled)" : label;
  }
}
