package dev.ssotgardener.cli;

import dev.ssotgardener.audit.Auditor;
import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.report.ReportContext;
import java.nio.file.Path;
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

  @Override
  public Integer call() throws Exception {
    Path root = repository.root();
    Policy policy = repository.policy();
    AuditResult result =
        new Auditor(policy, repository.walkOptions(), repository.factsCache()).audit(root);
    output.write(result, ReportContext.of(policy, root));
    return failOn.isFailure(result) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }
}
