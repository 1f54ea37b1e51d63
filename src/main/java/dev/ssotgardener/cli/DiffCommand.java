package dev.ssotgardener.cli;

import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.history.DiffResult;
import dev.ssotgardener.history.HistoryException;
import dev.ssotgardener.history.HistoryJson;
import dev.ssotgardener.history.HistoryText;
import dev.ssotgardener.history.RefDiff;
import dev.ssotgardener.policy.Policy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ssot diff A..B}: the findings introduced and fixed between two revisions. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description =
        "List the findings introduced and fixed between two revisions A..B, and the merges"
            + " between them that lost code (check lossy-merge).")
final class DiffCommand implements Callable<Integer> {
  private final Invocation invocation;

  @Parameters(index = "0", paramLabel = "A..B", description = "The two revisions, e.g. main..HEAD.")
  private String range;

  @Parameters(
      index = "1",
      arity = "0..1",
      defaultValue = ".",
      paramLabel = "PATH",
      description = "Repository (default: the current directory).")
  private Path path;

  @Mixin private AnalysisOptions analysis;

  @Mixin private OutputOptions output;

  @Option(
      names = "--fail-on",
      defaultValue = "error",
      description =
          "Exit 1 when an introduced finding is at least this severe: ${COMPLETION-CANDIDATES}.")
  private FailOn failOn;

  DiffCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public Integer call() throws Exception {
    int dots = range.indexOf("..");
    if (dots <= 0 || dots + 2 >= range.length() || range.indexOf("..", dots + 2) >= 0) {
      throw new UserError(range + ": expected two revisions as A..B, e.g. main..HEAD");
    }
    Path root = RepositoryOptions.existingDirectory(invocation, path);
    String from = range.substring(0, dots);
    String to = range.substring(dots + 2);
    Policy policy = analysis.policy(path);
    DiffResult diff;
    try {
      DiffResult trees = new RefDiff(policy, analysis.walkOptions()).diff(root, from, to);
      // Merges between A and B that lost code are introduced findings too.
      List<Finding> introduced = new ArrayList<>(trees.introduced());
      introduced.addAll(
          MergesCommand.lossyMerges(root, to, Optional.of(from), Optional.empty(), policy)
              .findings());
      diff = new DiffResult(trees.from(), trees.to(), introduced, trees.fixed());
    } catch (HistoryException e) {
      throw new UserError(e.getMessage(), e);
    }
    output.write(
        out -> {
          switch (output.format()) {
            case text -> new HistoryText().render(diff, out);
            case json -> new HistoryJson(VersionProvider.version()).render(diff, out);
          }
        });
    return failOn.isFailure(diff.introduced()) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }
}
