package dev.ssotgardener.cli;

import dev.ssotgardener.history.HistoryException;
import dev.ssotgardener.history.HistoryJson;
import dev.ssotgardener.history.HistoryReport;
import dev.ssotgardener.history.HistoryText;
import dev.ssotgardener.history.HistoryWalker;
import dev.ssotgardener.history.WalkProgress;
import dev.ssotgardener.report.ReportContext;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ssot history}: the commit that introduced each current finding, and the trend. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description =
        "Name the commit that introduced each finding of a revision, following renames and side"
            + " branches, read from the git object database.")
final class HistoryCommand implements Callable<Integer> {
  private final Invocation invocation;

  @Mixin private RepositoryOptions repository;

  @Mixin private OutputOptions output;

  @Option(
      names = "--rev",
      defaultValue = "HEAD",
      paramLabel = "REV",
      description = "The revision whose findings are traced (default: ${DEFAULT-VALUE}).")
  private String revision;

  @Option(
      names = "--since",
      paramLabel = "REV",
      description = "Stop at commits reachable from REV (they count as older than any finding).")
  private String since;

  @Option(
      names = "--max-commits",
      defaultValue = "1000",
      paramLabel = "N",
      description =
          "Walk at most N commits of the first-parent line, with what they merged (default:"
              + " ${DEFAULT-VALUE}).")
  private int maxCommits;

  HistoryCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public Integer call() throws Exception {
    if (maxCommits < 1) {
      throw new UserError("--max-commits: must be at least 1, not " + maxCommits);
    }
    Optional<ProgressLine> line = ProgressLine.of(invocation);
    HistoryReport report;
    try {
      report =
          new HistoryWalker(repository.policy(), repository.walkOptions())
              .walk(
                  repository.root(),
                  revision,
                  Optional.ofNullable(since),
                  maxCommits,
                  line.map(l -> l.history("ssot history")).orElse(WalkProgress.none()));
    } catch (HistoryException e) {
      throw new UserError(e.getMessage(), e);
    } finally {
      line.ifPresent(ProgressLine::clear);
    }
    switch (output.format()) {
      case text -> output.write(out -> new HistoryText().render(report, out));
      case json ->
          output.write(out -> new HistoryJson(VersionProvider.version()).render(report, out));
      // The other formats are the audit's reports, told the history (trend, introducing commits).
      default ->
          output.write(
              report.result(),
              new ReportContext(repository.policy(), repository.root(), report.history()));
    }
    return ExitCodes.CLEAN;
  }
}
