package dev.ssotgardener.cli;

import dev.ssotgardener.audit.AuditProgress;
import dev.ssotgardener.audit.Auditor;
import dev.ssotgardener.baseline.BaselineCheck;
import dev.ssotgardener.baseline.BaselineJson;
import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.report.ReportContext;
import dev.ssotgardener.workspace.FileEntry;
import dev.ssotgardener.workspace.FileWalker;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ssot audit}: report every bypass of a declared truth. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Audit a repository against its ssot.yml and the built-in checks.")
final class AuditCommand implements Callable<Integer> {
  @Mixin private RepositoryOptions repository;

  @Mixin private OutputOptions output;

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

  @Override
  public Integer call() throws Exception {
    Path root = repository.root();
    Policy policy = repository.policy();
    Optional<ProgressLine> line =
        Terminal.progressEnabled() ? Optional.of(ProgressLine.onStderr()) : Optional.empty();
    AuditResult result;
    try {
      result =
          new Auditor(policy, repository.walkOptions(), repository.factsCache())
              .audit(
                  repository.repository(policy),
                  root,
                  line.map(l -> l.audit("ssot audit")).orElse(AuditProgress.none()));
    } finally {
      line.ifPresent(ProgressLine::clear);
    }
    warnAboutUnmatchedGlobs(policy, root);
    if (baseline == null) {
      output.write(result, ReportContext.of(policy, root));
      return failOn.isFailure(result) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }
    BaselineCheck check = BaselineCommand.read(baseline).check(result.findings());
    if (output.format() == OutputOptions.Format.json) {
      output.write(
          out ->
              new BaselineJson(VersionProvider.version())
                  .render(result, check, baseline.toString(), out));
    } else {
      output.write(check.withoutKnown(result), ReportContext.of(policy, root));
      System.err.printf(
          "Baseline %s: %d known findings not shown, %d stale entries%s.%n",
          baseline,
          check.known().size(),
          check.stale().size(),
          check.stale().isEmpty() ? "" : " (`ssot baseline prune` removes them)");
    }
    return failOn.isFailure(check.fresh()) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }

  /**
   * Names each policy glob that matches no file, on stderr: the report and the exit code stay what
   * the findings make them.
   */
  private void warnAboutUnmatchedGlobs(Policy policy, Path root) throws IOException {
    if (policy.globSites().isEmpty()) {
      return;
    }
    List<String> paths =
        new FileWalker(repository.walkOptions())
            .walk(root).files().stream().map(FileEntry::path).toList();
    policy.unmatchedGlobWarnings(paths).forEach(w -> System.err.println("ssot: warning: " + w));
  }
}
