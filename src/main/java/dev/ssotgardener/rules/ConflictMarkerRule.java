package dev.ssotgardener.rules;

import dev.ssotgardener.facts.BrokenMarker;
import dev.ssotgardener.facts.ConflictBlock;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.Span;
import dev.ssotgardener.finding.Fix;
import dev.ssotgardener.finding.FixLevel;
import dev.ssotgardener.finding.TextEdit;
import dev.ssotgardener.index.RepoIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
                      label(block.theirsLabel())),
              fix(block)));
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

  /**
   * Only sides that are the same once trailing whitespace and blank lines are set aside resolve
   * themselves (to ours): every looser rule disagreed with people on real histories.
   */
  private static Optional<Fix> fix(ConflictBlock block) {
    if (!normalized(block.ours()).equals(normalized(block.theirs()))) {
      return Optional.empty();
    }
    StringBuilder ours = new StringBuilder();
    block.ours().forEach(line -> ours.append(line).append('\n'));
    return Optional.of(
        new Fix(
            "keep ours: both sides of the conflict are the same",
            List.of(
                new TextEdit(
                    new Span(block.startLine(), 1, block.endLine() + 1, 1), ours.toString())),
            FixLevel.SAFE));
  }

  private static List<String> normalized(List<String> lines) {
    return lines.stream().map(String::stripTrailing).filter(l -> !l.isEmpty()).toList();
  }

  private static String label(String label) {
    return label.isEmpty() ? "(unlabelled)" : label;
  }
}
