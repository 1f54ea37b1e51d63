package dev.ssotgardener.rules;

import dev.ssotgardener.facts.BrokenMarker;
import dev.ssotgardener.facts.ConflictBlock;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.Span;
import dev.ssotgardener.finding.Alternative;
import dev.ssotgardener.finding.ConflictChoice;
import dev.ssotgardener.finding.Fix;
import dev.ssotgardener.finding.FixLevel;
import dev.ssotgardener.finding.Remedy;
import dev.ssotgardener.finding.TextEdit;
import dev.ssotgardener.index.RepoIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
              remedy(block)));
    }
    for (BrokenMarker marker : file.brokenMarkers()) {
      violations.add(
          new Violation(
              file.path(),
              new Span(marker.line(), 1, marker.line(), 8),
              "stray conflict marker %s: %s".formatted(marker.marker(), marker.problem()),
              "a broken marker is never guessed at: which block it belonged to is unknown; edit it"
                  + " by hand"));
    }
    return violations;
  }

  /**
   * Only sides that are the same once trailing whitespace and blank lines are set aside resolve
   * themselves (to ours): every looser rule disagreed with people on real histories. Otherwise each
   * candidate resolution is an alternative a person or {@code ssot garden}'s tests choose.
   */
  private static Remedy remedy(ConflictBlock block) {
    Span whole = new Span(block.startLine(), 1, block.endLine() + 1, 1);
    if (!normalized(block.ours()).equals(normalized(block.theirs()))) {
      List<Alternative> alternatives = new ArrayList<>();
      for (ConflictChoice choice : ConflictChoice.values()) {
        alternatives.add(
            new Alternative(
                choice,
                new Fix(
                    "keep " + choice.name().toLowerCase(Locale.ROOT) + " (chosen)",
                    List.of(new TextEdit(whole, text(choice.lines(block)))),
                    FixLevel.DECISION)));
      }
      return Remedy.choose(
          alternatives,
          "the sides differ: which to keep is a decision (--conflict, or ssot garden's tests)");
    }
    return Remedy.of(
        new Fix(
            "keep ours: both sides of the conflict are the same",
            List.of(new TextEdit(whole, text(block.ours()))),
            FixLevel.SAFE));
  }

  private static String text(List<String> lines) {
    StringBuilder text = new StringBuilder();
    lines.forEach(line -> text.append(line).append('\n'));
    return text.toString();
  }

  private static List<String> normalized(List<String> lines) {
    return lines.stream().map(String::stripTrailing).filter(l -> !l.isEmpty()).toList();
  }

  private static String label(String label) {
    return label.isEmpty() ? "(unlabelled)" : label;
  }
}
