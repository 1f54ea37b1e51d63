package dev.ssotgardener.cli;

import dev.ssotgardener.audit.AuditProgress;
import dev.ssotgardener.audit.Auditor;
import dev.ssotgardener.audit.Gathered;
import dev.ssotgardener.audit.Shard;
import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.shard.PolicyFile;
import dev.ssotgardener.shard.ShardResult;
import dev.ssotgardener.shard.ShardResultFormat;
import dev.ssotgardener.workspace.IoProblem;
import dev.ssotgardener.workspace.WalkOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ssot audit}: report every bypass of a declared truth. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Audit a repository against its ssot.yml and the built-in checks.")
final class AuditCommand implements Callable<Integer> {
  /** What belongs to the report, which `ssot merge` writes for a sharded audit. */
  private static final List<String> REPORT_OPTIONS =
      List.of("--format", "--group-by", "--fail-on", "--baseline");

  private final Invocation invocation;

  @Mixin private RepositoryOptions repository;

  @Mixin private AuditReport report;

  @Option(
      names = "--shard",
      paramLabel = "I/N",
      description =
          "Audit the I-th of N parts of the files (by a hash of each path) and write what"
              + " `ssot merge` needs to --output; merging all N gives this audit's report.")
  private String shard;

  @Spec private CommandSpec spec;

  AuditCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public Integer call() throws Exception {
    Path root = repository.root();
    Policy policy = repository.policy();
    Shard part = shard == null ? Shard.ALL : parseShard();
    Optional<ProgressLine> line = ProgressLine.of(invocation);
    Gathered gathered;
    try {
      gathered =
          new Auditor(policy, repository.walkOptions(), repository.factsCache())
              .gather(
                  repository.repository(policy),
                  root,
                  part,
                  untilAbandoned(
                      line.map(l -> l.audit("ssot audit")).orElse(AuditProgress.none())));
    } finally {
      line.ifPresent(ProgressLine::clear);
    }
    if (shard != null) {
      report.output.writeFile(
          new ShardResultFormat(VersionProvider.version())
              .write(
                  ShardResult.of(
                      VersionProvider.version(),
                      part,
                      settings(repository.walkOptions()),
                      policyFile(policy, invocation),
                      gathered)));
      return ExitCodes.CLEAN;
    }
    AuditResult result =
        new Auditor(policy, repository.walkOptions())
            .judge(gathered)
            .withRoot(repository.given().toString());
    return report.write(result, policy, repository.given());
  }

  /** Stops reading files once no one waits for the report (a daemon's client was killed). */
  private AuditProgress untilAbandoned(AuditProgress progress) {
    return (done, total) -> {
      if (invocation.abandoned().getAsBoolean()) {
        throw new CancellationException("the client has gone");
      }
      progress.filesRead(done, total);
    };
  }

  private Shard parseShard() {
    for (String option : REPORT_OPTIONS) {
      if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
        throw new UserError(option + " belongs to `ssot merge`, which reports a sharded audit");
      }
    }
    if (report.output.file().isEmpty()) {
      throw new UserError("--shard needs --output FILE, the shard result `ssot merge` reads");
    }
    try {
      return Shard.parse(shard);
    } catch (IllegalArgumentException e) {
      throw new UserError("--shard: " + e.getMessage());
    }
  }

  /**
   * What else decides which files an audit reads: shards listed with other settings never merge.
   */
  static String settings(WalkOptions options) {
    return "--max-file-size "
        + options.maxFileSize()
        + " --follow-symlinks "
        + options.followSymlinks();
  }

  private static Optional<PolicyFile> policyFile(Policy policy, Invocation invocation) {
    if (policy.source().isEmpty()) {
      return Optional.empty();
    }
    Path file = policy.source().get();
    try {
      return Optional.of(
          new PolicyFile(file.toString(), Files.readAllBytes(invocation.resolve(file))));
    } catch (IOException e) {
      throw new UserError(file + ": " + IoProblem.describe(e));
    }
  }
}
