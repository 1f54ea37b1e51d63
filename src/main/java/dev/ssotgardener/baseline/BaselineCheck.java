package dev.ssotgardener.baseline;

import dev.ssotgardener.finding.Finding;
import java.util.List;

/**
 * Findings compared with a baseline.
 *
 * @param fresh findings the baseline does not know: these fail
 * @param known findings in the baseline: reported, never failing
 * @param stale baseline entries no finding matches any more (fixed); {@code ssot baseline prune}
 *     removes them
 */
public record BaselineCheck(List<Finding> fresh, List<Finding> known, List<BaselineEntry> stale) {
  public BaselineCheck {
    fresh = List.copyOf(fresh);
    known = List.copyOf(known);
    stale = List.copyOf(stale);
  }
}
