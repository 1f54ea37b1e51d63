package dev.ssotgardener.cli;

import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.finding.Summary;
import dev.ssotgardener.history.HistoryException;
import dev.ssotgardener.merges.MergeReport;
import dev.ssotgardener.merges.MergeScanner;
import dev.ssotgardener.merges.MergesJson;
import dev.ssotgardener.merges.MergesMarkdown;
import dev.ssotgardener.merges.MergesText;
import dev.ssotgardener.policy.BuiltinCheck;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.Severity;
import dev.ssotgardener.report.ReportContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ssot merges}: merge resolutions that silently dropped code. */
@Command(
    name = "merges",
    mixinStandardHelpOptions = true,
    description =
        "Merge each two-parent merge's parents again, in memory, and report conflict hunks the"
            + " merge resolved by keeping neither side, and files it took whole from one side"
            + " while the other had changed them (check lossy-merge).")
final class MergesCommand implements Callable<Integer> {
  @Mixin private RepositoryOptions repository;

  @Mixin private OutputOptions output;

  @Option(
      names = "--rev",
      defaultValue = "HEAD",
      paramLabel = "REV",
      description = "The revision whose merges are judged (default: ${DEFAULT-VALUE}).")
  private String revision;

  @Option(
      names = "--since",
      paramLabel = "REV",
      description = "Only merges not reachable from REV, e.g. origin/main: what a branch adds.")
  private String since;

  @Option(
      names = "--max-commits",
      paramLabel = "N",
      description = "Walk at most N commits, newest first (default: all).")
  private Integer maxCommits;

  @Option(
      names = "--fail-on",
      defaultValue = "error",
      description = "Exit 1 when a finding is at least this severe: ${COMPLETION-CANDIDATES}.")
  private FailOn failOn;

  @Override
  public Integer call() throws Exception {
    if (maxCommits != null && maxCommits < 1) {
      throw new UserError("--max-commits: must be at least 1, not " + maxCommits);
    }
    if (output.format() == OutputOptions.Format.html
        || output.format() == OutputOptions.Format.github) {
      throw new UserError(
          "--format " + output.format() + ": merges writes text, json, sarif or markdown");
    }
    Path root = repository.root();
    Policy policy = repository.policy();
    MergeReport report = scan(root, policy);
    List<Finding> findings = report.findings();
    switch (output.format()) {
      case text -> output.write(out -> new MergesText().render(report, out));
      case json ->
          output.write(out -> new MergesJson(VersionProvider.version()).render(report, out));
      case markdown -> output.write(out -> new MergesMarkdown().render(report, out));
      default -> output.write(asAudit(root, report), ReportContext.of(policy, root));
    }
    return failOn.isFailure(findings) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }

  private MergeReport scan(Path root, Policy policy) {
    try {
      return lossyMerges(
          root, revision, Optional.ofNullable(since), Optional.ofNullable(maxCommits), policy);
    } catch (HistoryException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  /**
   * The merges of {@code head} not reachable from {@code from}, judged at the policy's level of
   * {@code lossy-merge}; with the check off, the counts without findings.
   */
  static MergeReport lossyMerges(
      Path root, String head, Optional<String> from, Optional<Integer> max, Policy policy)
      throws HistoryException {
    Optional<Severity> level = policy.severityOf(BuiltinCheck.LOSSY_MERGE);
    MergeReport report = new MergeScanner(level.orElse(Severity.ERROR)).scan(root, head, from, max);
    return level.isPresent()
        ? report
        : new MergeReport(report.stats(), List.of(), List.of(), report.unaligned());
  }

  /** The findings as an audit result, for the audit's renderers (SARIF). */
  private static AuditResult asAudit(Path root, MergeReport report) {
    int n = report.findings().size();
    Map<String, Integer> byTruth = n == 0 ? Map.of() : Map.of(BuiltinCheck.LOSSY_MERGE.id(), n);
    return new AuditResult(
        root.toString(),
        new Summary(report.stats().filesConflicted(), 0, 0, n, byTruth, Map.of()),
        report.findings());
  }
}
