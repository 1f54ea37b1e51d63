package dev.ssotgardener.cli;

import dev.ssotgardener.facts.ConflictBlock;
import dev.ssotgardener.fix.AtomicWriter;
import dev.ssotgardener.fix.ConflictChoice;
import dev.ssotgardener.fix.ConflictReport;
import dev.ssotgardener.fix.FileChange;
import dev.ssotgardener.fix.FixPlan;
import dev.ssotgardener.fix.FixRequest;
import dev.ssotgardener.fix.Fixer;
import dev.ssotgardener.fix.Refusal;
import dev.ssotgardener.fix.UnifiedDiff;
import java.io.Console;
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
  @Mixin private RepositoryOptions repository;

  @Option(names = "--apply", description = "Write the fixes (atomically, one file at a time).")
  private boolean apply;

  @Option(names = "--only", paramLabel = "ID", description = "Fix only this truth or check id.")
  private String only;

  @Option(names = "--interactive", description = "Ask before writing each file (a terminal).")
  private boolean interactive;

  @Option(
      names = "--conflict",
      paramLabel = "CHOICE",
      description =
          "Resolve every conflict no rule decides with this side: ${COMPLETION-CANDIDATES}"
              + " (union is ours then theirs).")
  private ConflictChoice conflict;

  @Override
  public Integer call() throws Exception {
    Path root = repository.root();
    Console console = System.console();
    if (interactive && console == null) {
      throw new UserError("--interactive needs a terminal");
    }
    FixPlan plan =
        new Fixer(repository.policy(), repository.walkOptions())
            .plan(root, new FixRequest(Optional.ofNullable(only), Optional.ofNullable(conflict)));
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    boolean failed = false;
    int written = 0;
    AtomicWriter writer = new AtomicWriter();
    for (FileChange change : plan.changes()) {
      UnifiedDiff.of(change).forEach(out::println);
      out.flush();
      boolean write =
          (apply || interactive)
              && (!interactive || confirm(console, change.path(), change.fixed().size()));
      if (write) {
        try {
          writer.write(root, change);
          written++;
        } catch (AtomicWriter.WriteException e) {
          System.err.println("ssot: " + e.getMessage());
          failed = true;
        }
      }
    }
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
            ? " (" + written + " written)"
            : plan.changes().isEmpty() ? "" : " (preview: run with --apply to write)",
        plan.refused().size() + plan.conflicts().size(),
        plan.refused().size() + plan.conflicts().size() == 1 ? "finding" : "findings");
    out.flush();
    return failed || !plan.refused().isEmpty() || !plan.conflicts().isEmpty()
        ? ExitCodes.FINDINGS
        : ExitCodes.CLEAN;
  }

  private static boolean confirm(Console console, String path, int fixes) {
    String answer =
        console.readLine("Apply %d %s to %s? [y/N] ", fixes, fixes == 1 ? "fix" : "fixes", path);
    return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
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
