package dev.ssotgardener.cli;

import dev.ssotgardener.policy.Truth;
import dev.ssotgardener.report.RuleCatalog;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ssot rule [ID|KIND]}: the kinds and checks, or one doc; a truth id of the policy prints
 * its kind's doc filled in with the truth's names ({@code ruff rule} is the model).
 */
@Command(
    name = "rule",
    mixinStandardHelpOptions = true,
    description =
        "List truth kinds and built-in checks, or print the doc of one kind, check or truth id.")
final class RuleCommand implements Callable<Integer> {
  private final Invocation invocation;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "ID|KIND",
      description = "A kind, a built-in check, or a truth id of the policy (default: list all).")
  private String id;

  @Option(
      names = "--root",
      defaultValue = ".",
      paramLabel = "PATH",
      description = "Repository whose ssot.yml names truth ids (default: the current directory).")
  private Path root;

  @Mixin private AnalysisOptions analysis;

  @Option(
      names = {"-f", "--format"},
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private RuleCatalog.Format format;

  RuleCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    RuleCatalog catalog = new RuleCatalog(format);
    String text = id == null ? catalog.list() : doc(catalog);
    PrintStream out = new PrintStream(invocation.out(), false, StandardCharsets.UTF_8);
    out.print(text);
    out.flush();
    return ExitCodes.CLEAN;
  }

  private String doc(RuleCatalog catalog) {
    Optional<String> doc = catalog.doc(id);
    if (doc.isPresent()) {
      return doc.get();
    }
    RepositoryOptions.existingDirectory(invocation, root);
    Optional<Truth> truth =
        analysis.policy(root).truths().stream().filter(t -> t.id().equals(id)).findFirst();
    return truth
        .map(catalog::doc)
        .orElseThrow(
            () ->
                new UserError(
                    id
                        + ": not a kind, a built-in check or a truth id of the policy (see ssot rule)"));
  }
}
