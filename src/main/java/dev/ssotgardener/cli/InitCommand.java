package dev.ssotgardener.cli;

import dev.ssotgardener.init.PolicyInference;
import dev.ssotgardener.init.Proposal;
import dev.ssotgardener.init.ProposalFile;
import dev.ssotgardener.init.ProposalJson;
import dev.ssotgardener.init.ProposalYaml;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ssot init [PATH]}: proposes a policy from what the code already does most. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = "Propose an ssot.yml from what the repository already does most.")
final class InitCommand implements Callable<Integer> {
  private final Invocation invocation;

  /** The output formats of a proposal. */
  enum Format {
    yaml,
    json
  }

  @Parameters(
      index = "0",
      arity = "0..1",
      defaultValue = ".",
      paramLabel = "PATH",
      description = "Repository to read (default: the current directory).")
  private Path root;

  @Option(
      names = "--write",
      description =
          "Write the proposal to PATH/ssot.yml, or to PATH/ssot.proposed.yml when a policy exists.")
  private boolean write;

  @Option(
      names = {"-f", "--format"},
      defaultValue = "yaml",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Mixin private AnalysisOptions analysis;

  InitCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public Integer call() throws IOException {
    Path dir = RepositoryOptions.existingDirectory(invocation, root);
    Proposal proposal;
    try {
      proposal = new PolicyInference(analysis.walkOptions(), analysis.factsCache(dir)).infer(dir);
    } catch (UncheckedIOException e) {
      throw new UserError(dir + ": cannot read: " + e.getCause().getMessage(), e);
    }
    String text =
        format == Format.json
            ? new ProposalJson().render(proposal)
            : new ProposalYaml().render(proposal);
    PrintStream out = new PrintStream(invocation.out(), false, StandardCharsets.UTF_8);
    if (proposal.isEmpty()) {
      invocation.err().println("ssot init: nothing to propose in " + dir + ":");
      proposal.notProposed().forEach(why -> invocation.err().println("  " + why));
      if (write) {
        invocation.err().println("ssot init: nothing written");
        return ExitCodes.CLEAN;
      }
    }
    if (write) {
      Path written = new ProposalFile().write(dir, text);
      out.println(
          written.getFileName().toString().equals("ssot.yml")
              ? "wrote " + written
              : "a policy exists, left as it is; wrote the proposal to " + written);
    } else {
      out.print(text);
    }
    out.flush();
    return ExitCodes.CLEAN;
  }
}
