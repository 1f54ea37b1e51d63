package dev.ssotgardener.cli;

import dev.ssotgardener.baseline.BaselineCheck;
import dev.ssotgardener.baseline.BaselineJson;
import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.report.ReportContext;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How an audit's result is reported and what the run exits with: one place for {@code ssot audit}
 * and {@code ssot merge}, whose reports must be the same.
 */
final class AuditReport {
  private final Invocation invocation;

  @Mixin OutputOptions output;

  @Option(
      names = "--fail-on",
      defaultValue = "error",
      description = "Exit 1 when a finding is at least this severe: ${COMPLETION-CANDIDATES}.")
  private FailOn failOn;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description =
          "Known findings (from `ssot baseline write`): reported as known, never failing; only new"
              + " findings fail.")
  private Path baseline;

  AuditReport(Invocation invocation) {
    this.invocation = invocation;
  }

  /**
   * Prints the policy's warnings, writes the report and gives the exit code.
   *
   * @param root the audited folder as the user gave it
   */
  int write(AuditResult result, Policy policy, Path root) throws IOException {
    // Warnings change neither the report nor the exit code; they are in JSON and SARIF too.
    result.warnings().forEach(w -> invocation.err().println("ssot: warning: " + w.text()));
    if (baseline == null) {
      output.write(result, ReportContext.of(policy, root));
      return failOn.isFailure(result) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }
    BaselineCheck check =
        BaselineCommand.read(baseline, invocation.base()).check(result.findings());
    if (output.format() == OutputOptions.Format.json) {
      output.write(
          out ->
              new BaselineJson(VersionProvider.version())
                  .render(result, check, baseline.toString(), out));
    } else {
      output.write(check.withoutKnown(result), ReportContext.of(policy, root));
      invocation
          .err()
          .printf(
              "Baseline %s: %d known findings not shown, %d stale entries%s.%n",
              baseline,
              check.known().size(),
              check.stale().size(),
              check.stale().isEmpty() ? "" : " (`ssot baseline prune` removes them)");
    }
    return failOn.isFailure(check.fresh()) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }
}
