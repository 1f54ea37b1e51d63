package dev.ssotgardener.cli;

import dev.ssotgardener.audit.AuditProgress;
import dev.ssotgardener.audit.Auditor;
import dev.ssotgardener.baseline.Baseline;
import dev.ssotgardener.baseline.BaselineException;
import dev.ssotgardener.baseline.BaselineFile;
import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.policy.Policy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ssot baseline write|prune}: record today's findings so only new ones fail. */
@Command(
    name = "baseline",
    mixinStandardHelpOptions = true,
    description =
        "Record the current findings as known, so `ssot audit --baseline` fails on new ones only.",
    subcommands = {BaselineCommand.Write.class, BaselineCommand.Prune.class})
final class BaselineCommand {
  /** The baseline of {@code root}: {@code file} if given, else the default under the root. */
  static Path fileOf(Path root, Path file) {
    return file != null ? file : root.resolve(BaselineFile.DEFAULT);
  }

  /** The baseline {@code file} (as the user gave it), read at {@code base} when relative. */
  static Baseline read(Path file, Path base) {
    try {
      return new BaselineFile().read(file, base);
    } catch (BaselineException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  private static AuditResult audit(RepositoryOptions repository) throws IOException {
    Policy policy = repository.policy();
    return new Auditor(policy, repository.walkOptions())
        .audit(repository.repository(policy), repository.root(), AuditProgress.none());
  }

  private static void save(Invocation invocation, Path file, Baseline baseline) {
    OutputOptions.writeAtomically(invocation.resolve(file), new BaselineFile().format(baseline));
  }

  @Command(
      name = "write",
      mixinStandardHelpOptions = true,
      description = "Audit PATH and write every finding to the baseline file.")
  static final class Write implements Callable<Integer> {
    private final Invocation invocation;

    @Mixin private RepositoryOptions repository;

    @Option(
        names = "--output",
        paramLabel = "FILE",
        description = "Baseline file (default: PATH/" + BaselineFile.DEFAULT + ").")
    private Path output;

    Write(Invocation invocation) {
      this.invocation = invocation;
    }

    @Override
    public Integer call() throws IOException {
      Path file = fileOf(repository.given(), output);
      Baseline baseline = Baseline.of(audit(repository).findings());
      save(invocation, file, baseline);
      invocation.out().printf("Wrote %d findings to %s.%n", baseline.entries().size(), file);
      return ExitCodes.CLEAN;
    }
  }

  @Command(
      name = "prune",
      mixinStandardHelpOptions = true,
      description = "Remove the baseline entries of findings that are fixed.")
  static final class Prune implements Callable<Integer> {
    private final Invocation invocation;

    @Mixin private RepositoryOptions repository;

    @Option(
        names = "--baseline",
        paramLabel = "FILE",
        description = "Baseline file (default: PATH/" + BaselineFile.DEFAULT + ").")
    private Path baselineFile;

    Prune(Invocation invocation) {
      this.invocation = invocation;
    }

    @Override
    public Integer call() throws IOException {
      Path file = fileOf(repository.given(), baselineFile);
      Baseline before = read(file, invocation.base());
      Baseline after = before.pruned(audit(repository).findings());
      save(invocation, file, after);
      invocation
          .out()
          .printf(
              "Removed %d stale entries from %s; %d remain.%n",
              before.entries().size() - after.entries().size(), file, after.entries().size());
      return ExitCodes.CLEAN;
    }
  }
}
