package dev.ssotgardener.garden;

import dev.ssotgardener.finding.ConflictChoice;
import dev.ssotgardener.policy.kinds.Words;
import dev.ssotgardener.report.IssueGroup;
import dev.ssotgardener.report.IssueProgress;
import dev.ssotgardener.report.IssueTitle;
import dev.ssotgardener.report.MarkdownRenderer;
import dev.ssotgardener.report.ProcessStep;
import dev.ssotgardener.report.TrackedStep;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tracker issue: the reports' Markdown issue of the group, with each step's checklist showing
 * what the run really did.
 */
final class TrackerMarkdown {
  /** What a cycle's verdict says when the startup check failed. */
  static final String STARTUP_FAILED = "startup check failed";

  private final MarkdownRenderer renderer;

  TrackerMarkdown(MarkdownRenderer renderer) {
    this.renderer = renderer;
  }

  String issue(IssueGroup group, IssueTitle title, TrackerState state) {
    Set<String> resolved = new HashSet<>(state.resolved);
    boolean testsPass =
        state.isDone(ProcessStep.TEST_FIX_LOOP) && state.last != null && state.last.exitCode() == 0;
    return renderer.issue(
        group, title, new IssueProgress(steps(state), resolved, testsPass, "ssot garden"));
  }

  /** Each step of the process with its badge and what the run did in it. */
  List<TrackedStep> steps(TrackerState state) {
    List<TrackedStep> steps = new ArrayList<>();
    Optional<ProcessStep> next = state.firstUnfinished();
    for (ProcessStep step : ProcessStep.values()) {
      TrackerState.Status status = state.status(step);
      String badge =
          switch (status) {
            case DONE -> "✅ COMPLETE";
            case STOPPED -> "⛔ STOPPED";
            case TODO -> next.equals(Optional.of(step)) ? "🔄 NEXT" : "";
          };
      List<String> lines = new ArrayList<>();
      if (status == TrackerState.Status.TODO) {
        step.tasks().forEach(t -> lines.add("- [ ] " + t));
      } else {
        lines.addAll(linesOf(step, state));
      }
      if (status == TrackerState.Status.STOPPED) {
        lines.add("- **Stopped:** " + state.stopReason);
      }
      steps.add(new TrackedStep(step, badge, lines));
    }
    return steps;
  }

  private static List<String> linesOf(ProcessStep step, TrackerState s) {
    List<String> lines = new ArrayList<>();
    switch (step) {
      case DISCOVERY -> {
        lines.add(
            "- [x] SSOT audit completed - %s in %s"
                .formatted(
                    Words.count(s.auditFindings, "finding"), Words.count(s.auditFiles, "file")));
        lines.add(
            "- [x] Findings grouped into this issue - %s (group by %s: %s)"
                .formatted(
                    Words.count(s.findings.size(), "finding"), s.groupBy, Words.code(s.groupKey)));
        lines.add("- [x] Priority assessed - " + s.priority + "; context `" + s.context + "`");
        lines.add("- [x] Progress tracker initialized - `.ssot/issues/" + s.slug + ".md`");
      }
      case PLAN_TESTS -> {
        lines.add(
            "- [x] DISCOVER EXISTING: %s protecting the affected files"
                .formatted(Words.count(s.tests.size(), "test file")));
        s.tests.forEach(t -> lines.add("  - " + Words.code(t.path()) + " - " + t.reason()));
        lines.add("- [x] PLAN ONLY: no new tests planned - the existing tests above are the proof");
      }
      case EXECUTE_TEST_PLAN -> {
        if (s.baseline != null) {
          lines.add("- [x] Baseline: " + Words.code(s.testCommand) + " - " + s.baseline.counts());
          s.baseline
              .files()
              .forEach(f -> lines.add("  - " + Words.code(f.path()) + ": " + f.describe()));
        }
      }
      case PLAN_REMEDIATION -> {
        lines.add("- [x] Plan SSOT remediation approach - " + s.order);
        for (int i = 0; i < s.plan.size(); i++) {
          TrackerState.PlannedChange c = s.plan.get(i);
          lines.add(
              "  %d. %s%s"
                  .formatted(
                      i + 1,
                      c.label(),
                      c.isConflict() ? ": candidates " + labels(c.candidates()) : ""));
        }
        s.unplanned.forEach(u -> lines.add("  - not planned: " + u));
      }
      case EXECUTE_REMEDIATION -> {
        lines.add(
            "- [x] Implement SSOT fixes - %s kept, one at a time with atomic writes"
                .formatted(Words.count(s.kept.size(), "change")));
        s.kept.forEach(k -> lines.add("  - " + Words.code(k.path()) + ": " + k.description()));
      }
      case TEST_FIX_LOOP -> {
        // a loop that stopped proved nothing: its tasks stay open, its cycles are still listed
        String box = s.isDone(ProcessStep.TEST_FIX_LOOP) ? "[x]" : "[ ]";
        lines.add(
            "- %s Prove changes maintain system stability - %s"
                .formatted(box, Words.count(s.cycles.size(), "cycle")));
        s.cycles.forEach(
            c ->
                lines.add(
                    "  - cycle %d: %s%s → %s: %s (tests: %s; startup: %s)"
                        .formatted(
                            c.number(),
                            c.change(),
                            c.candidateLabel(),
                            c.decision().words(),
                            c.verdict(),
                            c.tests(),
                            c.startup())));
        if (s.last != null && s.baseline != null) {
          lines.add("- " + box + " Fix all test cases - after: " + s.last.counts());
          s.last
              .files()
              .forEach(
                  f ->
                      lines.add(
                          "  - %s: %s → %s"
                              .formatted(
                                  Words.code(f.path()),
                                  s.baseline.stateOf(f.path()).word(),
                                  f.describe())));
        }
        long startupFailed =
            s.cycles.stream().filter(c -> c.verdict().contains(STARTUP_FAILED)).count();
        lines.add(
            s.cycles.isEmpty()
                ? "- [x] Run startup tests (non-docker) - no change was tried"
                : "- [x] Run startup tests (non-docker) - after each change, every changed Python"
                    + " module imported and every changed Java source compiled: %d of %s passed"
                        .formatted(
                            s.cycles.size() - startupFailed,
                            Words.count(s.cycles.size(), "cycle")));
        if (!s.alternatives.isEmpty()) {
          lines.add(
              "- **Reviewer must confirm:** the tests cannot tell the conflict candidates apart;"
                  + " ours was kept, and "
                  + String.join(
                      ", ", s.alternatives.stream().map(a -> a.candidate().label()).toList())
                  + " also passed (diffs in the PR text)");
        }
      }
      case PR_AND_CLOSURE -> {
        lines.add(
            "- [x] Create Pull Request - branch `%s`, commit %s, PR text `.ssot/issues/%s.pr.md`"
                .formatted(s.branch, s.commit == null ? "?" : Words.shortId(s.commit), s.slug));
        lines.add(
            s.issueNumber == null
                ? "- [ ] Cross-link issue for auto-closure - give `--issue-number N` to close it"
                : "- [x] Cross-link issue for auto-closure - the commit says `Fixes #"
                    + s.issueNumber
                    + "`");
      }
    }
    return lines;
  }

  static String labels(List<ConflictChoice> candidates) {
    return String.join(", ", candidates.stream().map(ConflictChoice::label).toList());
  }
}
