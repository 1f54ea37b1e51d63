package dev.ssotgardener.report;

import java.util.List;
import java.util.Set;

/**
 * How far an issue has come, for a tracker: the state of each process step, the findings already
 * resolved (their checklist items are ticked) and whether the tests pass through the runner.
 *
 * @param resolved fingerprints of the findings no longer reported
 * @param command the command that wrote the issue, named in its footer
 */
public record IssueProgress(
    List<TrackedStep> steps, Set<String> resolved, boolean testsPass, String command) {
  public IssueProgress {
    steps = List.copyOf(steps);
    resolved = Set.copyOf(resolved);
  }
}
