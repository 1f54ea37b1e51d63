package dev.ssotgardener.garden;

import dev.ssotgardener.policy.kinds.Words;
import dev.ssotgardener.report.IssueGroup;
import dev.ssotgardener.report.IssueTitle;
import java.util.List;

/** The words of step 6: the commit message and the PR body. */
final class PullRequestText {
  private PullRequestText() {}

  /** The PR body: summary, findings fixed, tests before and after, what remains. */
  static String pullRequest(IssueTitle title, IssueGroup group, TrackerState s) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(title.title()).append("\n\n");
    md.append("## Summary\n");
    md.append(
        "Gardens %s (%s, %s): %s kept, each proven by %s and a startup check.\n"
            .formatted(
                Words.code(s.groupKey),
                s.priority,
                s.context,
                Words.count(s.kept.size(), "change"),
                Words.code(s.testCommand)));
    if (s.issueNumber != null) {
      md.append("\nFixes #").append(s.issueNumber).append('\n');
    }
    md.append("\n## Findings fixed\n");
    group.findings().stream()
        .filter(f -> s.resolved.contains(f.fingerprint()))
        .forEach(
            f ->
                md.append(
                    "- %s [%s] %s\n"
                        .formatted(
                            Words.code(f.path() + ":" + f.span().startLine()),
                            f.truth(),
                            f.message())));
    md.append("\n## Changes\n");
    s.kept.forEach(
        k ->
            md.append("- ")
                .append(Words.code(k.path()))
                .append(": ")
                .append(k.description())
                .append('\n'));
    if (!s.alternatives.isEmpty()) {
      md.append("\n**Reviewer must confirm:** the tests pass with more than one resolution of the")
          .append(" conflict, so they cannot tell them apart; ours was kept. The alternatives that")
          .append(" also passed, as diffs from the kept file:\n");
      for (TrackerState.Alternative a : s.alternatives) {
        // a fence longer than any backtick run in the diff: no line of the file closes it
        String fence =
            "`".repeat(Math.max(3, Words.longestRun(String.join("\n", a.diff()), '`') + 1));
        md.append("\n")
            .append(a.candidate().label())
            .append(":\n\n")
            .append(fence)
            .append("diff\n");
        a.diff().forEach(l -> md.append(l).append('\n'));
        md.append(fence).append('\n');
      }
    }
    md.append("\n## Tests\n");
    md.append("Command: ").append(Words.code(s.testCommand)).append("\n\n");
    md.append("| | result |\n|---|---|\n");
    md.append("| before | ").append(s.baseline.counts()).append(" |\n");
    md.append("| after | ").append(s.last.counts()).append(" |\n\n");
    s.last
        .files()
        .forEach(
            f ->
                md.append(
                    "- %s: %s → %s\n"
                        .formatted(
                            Words.code(f.path()),
                            s.baseline.stateOf(f.path()).word(),
                            f.describe())));
    md.append("\n## What remains\n");
    List<String> remaining =
        group.findings().stream()
            .filter(f -> !s.resolved.contains(f.fingerprint()))
            .map(
                f ->
                    "- %s [%s] %s"
                        .formatted(
                            Words.code(f.path() + ":" + f.span().startLine()),
                            f.truth(),
                            f.message()))
            .toList();
    if (remaining.isEmpty()) {
      md.append("Nothing in this issue.\n");
    }
    remaining.forEach(r -> md.append(r).append('\n'));
    // Reasons for findings are in the tracker; here only changes that were never tried.
    s.unplanned.stream()
        .filter(u -> !u.startsWith("`"))
        .forEach(u -> md.append("- ").append(u).append('\n'));
    md.append("\nTracker: `.ssot/issues/").append(s.slug).append(".md`\n");
    return md.toString();
  }

  /** The commit of step 6: the title, each kept change, the tests before and after, the closing. */
  static String commitMessage(IssueTitle title, TrackerState state) {
    StringBuilder message = new StringBuilder(title.title()).append("\n\n");
    state.kept.forEach(
        k ->
            message
                .append("- ")
                .append(k.path())
                .append(": ")
                .append(k.description())
                .append('\n'));
    message
        .append("\nTests (")
        .append(state.testCommand)
        .append("): before ")
        .append(state.baseline.counts())
        .append("; after ")
        .append(state.last.counts())
        .append(".\n");
    message.append(
        state.issueNumber != null
            ? "\nFixes #" + state.issueNumber + "\n"
            : "\nCloses " + state.slug + " (ssot garden tracker).\n");
    return message.toString();
  }
}
