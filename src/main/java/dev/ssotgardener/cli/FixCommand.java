package dev.ssotgardener.cli;

import dev.ssotgardener.facts.ConflictBlock;
import dev.ssotgardener.finding.ConflictChoice;
import dev.ssotgardener.finding.FixLevel;
import dev.ssotgardener.fix.AtomicWriter;
import dev.ssotgardener.fix.ConflictReport;
import dev.ssotgardener.fix.FileChange;
import dev.ssotgardener.fix.FixPlan;
import dev.ssotgardener.fix.FixRequest;
import dev.ssotgardener.fix.Fixer;
import dev.ssotgardener.fix.PlanWriter;
import dev.ssotgardener.fix.PlanWriter.Decision;
import dev.ssotgardener.fix.Refusal;
import dev.ssotgardener.fix.UnifiedDiff;
import dev.ssotgardener.policy.Policy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ssot fix}: preview (a unified diff) or apply the fixes that pass every check. */
@Command(
    name = "fix",
    mixinStandardHelpOptions = true,
    description =
        "Print the safe fixes as a unified diff; --apply writes them. Exit 0 when every finding"
            + " is fixed, 1 when some are left.")
final class FixCommand implements Callable<Integer> {
  private final Invocation invocation;

  @Mixin private RepositoryOptions repository;

  @Option(names = "--apply", description = "Write the fixes (atomically, one file at a time).")
  private boolean apply;

  @Option(names = "--only", paramLabel = "ID", description = "Fix only this truth or check id.")
  private String only;

  @Option(
      names = "--interactive",
      description =
          "Show each file's diff and ask on standard input (y/n/a/q) before writing it; the end"
              + " of input writes nothing more.")
  private boolean interactive;

  @Option(
      names = "--conflict",
      paramLabel = "CHOICE",
      description =
          "Resolve every conflict no rule decides with this side: ${COMPLETION-CANDIDATES}"
              + " (union is ours then theirs).")
  private ConflictChoice conflict;

  @Option(
      names = "--level",
      defaultValue = "decision",
      paramLabel = "LEVEL",
      description =
          "The least sure fixes to apply: safe (provably equivalent: equal conflict sides, an"
              + " import nothing uses) or decision (also the migrations the policy declares and"
              + " chosen conflict sides; the default).")
  private FixLevel level;

  FixCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public Integer call() throws Exception {
    Path root = repository.root();
    Policy policy = repository.policy();
    FixPlan plan =
        new Fixer(policy, repository.walkOptions())
            .plan(
                repository.repository(policy),
                root,
                new FixRequest(Optional.ofNullable(only), Optional.ofNullable(conflict), level));
    PrintStream out = new PrintStream(invocation.out(), false, StandardCharsets.UTF_8);
    PlanWriter.Result result =
        new PlanWriter(new AtomicWriter()).write(root, plan.changes(), new Prompt(out));
    result.failures().forEach(f -> invocation.err().println("ssot: " + f));
    printRefusals(out, plan.refused());
    printConflicts(out, plan.conflicts());
    int fixes = plan.changes().stream().mapToInt(c -> c.fixed().size()).sum();
    out.printf(
        "%d %s in %d %s%s; %d %s left%n",
        fixes,
        fixes == 1 ? "fix" : "fixes",
        plan.changes().size(),
        plan.changes().size() == 1 ? "file" : "files",
        apply || interactive
            ? " (" + result.written().size() + " written)"
            : plan.changes().isEmpty() ? "" : " (preview: run with --apply to write)",
        plan.refused().size() + plan.conflicts().size(),
        plan.refused().size() + plan.conflicts().size() == 1 ? "finding" : "findings");
    out.flush();
    return !result.failures().isEmpty() || !plan.refused().isEmpty() || !plan.conflicts().isEmpty()
        ? ExitCodes.FINDINGS
        : ExitCodes.CLEAN;
  }

  /**
   * Shows each file's diff; with {@code --interactive} asks on standard input whether to write it,
   * as {@code git add -p} does: from a terminal or from a pipe ({@code printf 'y\nn\n' | ssot fix
   * --interactive}). The end of input writes nothing more; an unknown answer is asked again.
   */
  private final class Prompt implements PlanWriter.Approval {
    private final PrintStream out;
    private final BufferedReader answers =
        new BufferedReader(new InputStreamReader(invocation.in(), StandardCharsets.UTF_8));
    private boolean all;

    Prompt(PrintStream out) {
      this.out = out;
    }

    @Override
    public Decision decide(FileChange change) {
      UnifiedDiff.of(change).forEach(out::println);
      out.flush();
      if (interactive && !all) {
        return ask(change);
      }
      return apply || interactive ? Decision.WRITE : Decision.SKIP;
    }

    private Decision ask(FileChange change) {
      int fixes = change.fixed().size();
      while (true) {
        out.printf(
            "Apply %d %s to %s? [y]es, [n]o, [a]ll remaining, [q]uit: ",
            fixes, fixes == 1 ? "fix" : "fixes", change.path());
        out.flush();
        String answer;
        try {
          answer = answers.readLine();
        } catch (IOException e) {
          answer = null;
        }
        if (answer == null) {
          out.println();
          out.println("(end of input: nothing more is written)");
          return Decision.QUIT;
        }
        switch (answer.strip().toLowerCase(Locale.ROOT)) {
          case "y", "yes" -> {
            return Decision.WRITE;
          }
          case "n", "no" -> {
            return Decision.SKIP;
          }
          case "a", "all" -> {
            all = true;
            return Decision.WRITE;
          }
          case "q", "quit" -> {
            return Decision.QUIT;
          }
          default -> out.println("Answer y, n, a or q.");
        }
      }
    }
  }

  private static void printRefusals(PrintStream out, List<Refusal> refused) {
    if (refused.isEmpty()) {
      return;
    }
    out.println();
    out.println("Not fixed:");
    for (Refusal r : refused) {
      out.printf(
          "  %s:%d [%s] %s%n      %s%n",
          r.finding().path(),
          r.finding().span().startLine(),
          r.finding().truth(),
          r.finding().message(),
          r.reason());
    }
  }

  private static void printConflicts(PrintStream out, List<ConflictReport> conflicts) {
    for (ConflictReport report : conflicts) {
      ConflictBlock block = report.block();
      out.println();
      out.printf(
          "Conflict to decide: %s:%d-%d%n", report.path(), block.startLine(), block.endLine());
      out.printf("  ours (%s):%n", label(block.oursLabel()));
      block.ours().forEach(l -> out.println("    | " + l));
      out.printf("  theirs (%s):%n", label(block.theirsLabel()));
      block.theirs().forEach(l -> out.println("    | " + l));
      if (!report.candidates().isEmpty()) {
        out.println(
            "  candidates: "
                + String.join(
                    ", ",
                    report.candidates().stream()
                        .map(c -> c.name() + (c.parses() ? " parses" : " does not parse"))
                        .toList()));
      }
      out.println(
          "  introduced by: "
              + report.introducedBy().orElse("unknown (no git history for this line)"));
      out.println("  choose with: ssot fix --apply --conflict ours|theirs|union");
    }
  }

  private static String label(String label) {
    return label.isEmpty() ? "unlabelled" : label;
  }
}
