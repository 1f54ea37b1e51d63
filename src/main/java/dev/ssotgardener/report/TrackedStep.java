package dev.ssotgardener.report;

import java.util.List;

/**
 * One process step as a tracker shows it.
 *
 * @param badge what follows the heading, as the seed writes it ({@code ✅ COMPLETE}, {@code 🔄 IN
 *     PROGRESS}); empty for a step not started
 * @param lines the step's Markdown list lines, checkboxes included
 */
public record TrackedStep(ProcessStep step, String badge, List<String> lines) {
  public TrackedStep {
    lines = List.copyOf(lines);
  }
}
