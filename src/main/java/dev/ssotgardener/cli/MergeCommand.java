package dev.ssotgardener.cli;

import dev.ssotgardener.audit.Auditor;
import dev.ssotgardener.audit.Gathered;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.PolicyException;
import dev.ssotgardener.policy.PolicyLoader;
import dev.ssotgardener.shard.PolicyFile;
import dev.ssotgardener.shard.ShardMerge;
import dev.ssotgardener.shard.ShardResult;
import dev.ssotgardener.shard.ShardResultException;
import dev.ssotgardener.shard.ShardResultFormat;
import dev.ssotgardener.workspace.IoProblem;
import dev.ssotgardener.workspace.WalkOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ssot merge}: the report of an audit run in shards ({@code ssot audit --shard I/N}). */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description =
        "Merge the results of `ssot audit --shard I/N` (all N of them) into the report the"
            + " unsharded audit gives.")
final class MergeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PARTIALS", description = "The N shard results.")
  private List<Path> partials;

  @Mixin private AuditReport report;

  @Override
  public Integer call() throws IOException {
    ShardResultFormat format = new ShardResultFormat(VersionProvider.version());
    List<ShardMerge.Named> parts = new ArrayList<>();
    for (Path partial : partials) {
      parts.add(new ShardMerge.Named(partial.toString(), read(format, partial)));
    }
    Gathered gathered;
    try {
      gathered = ShardMerge.gather(parts);
    } catch (ShardResultException e) {
      throw new UserError(e.getMessage(), e);
    }
    Policy policy = policy(parts.get(0).result());
    // Judging needs neither the tree nor how it was listed: the shards did that.
    return report.write(
        new Auditor(policy, WalkOptions.defaults()).judge(gathered),
        policy,
        Path.of(gathered.root()));
  }

  private static ShardResult read(ShardResultFormat format, Path partial) {
    try {
      return format.read(partial.toString(), Files.readAllBytes(partial));
    } catch (IOException e) {
      throw new UserError(partial + ": " + IoProblem.describe(e));
    } catch (ShardResultException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  /** The policy the shards were audited with, as they carried it. */
  private static Policy policy(ShardResult result) {
    if (result.policy().isEmpty()) {
      return Policy.builtinOnly();
    }
    PolicyFile file = result.policy().get();
    try {
      return new PolicyLoader().load(Path.of(file.name()), file.bytes());
    } catch (PolicyException e) {
      throw new UserError(e.getMessage(), e);
    }
  }
}
