package dev.ssotgardener.report;

import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.policy.kinds.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  /** An audit's issue: discovery done, every later step still to do. */
  static IssueProgress ofAudit(IssueGroup group, AuditResult result, GroupBy groupBy) {
    List<TrackedStep> steps = new ArrayList<>();
    for (ProcessStep step : ProcessStep.values()) {
      boolean done = step == ProcessStep.DISCOVERY;
      List<String> tasks =
          done
              ? List.of(
                  "SSOT audit completed - "
                      + Words.count(result.findings().size(), "finding")
                      + " in "
                      + Words.count(result.summary().files(), "file"),
                  "Findings grouped into this issue - "
                      + Words.count(group.findings().size(), "finding"),
                  "Priority assessed - " + group.priority().label())
              : step.tasks();
      steps.add(
          new TrackedStep(
              step,
              done ? "✅ COMPLETE" : "",
              tasks.stream().map(t -> MarkdownRenderer.box(done) + t).toList()));
    }
    return new IssueProgress(
        steps,
        Set.of(),
        false,
        "ssot audit --format markdown --group-by " + groupBy.name().toLowerCase(Locale.ROOT));
  }
}
