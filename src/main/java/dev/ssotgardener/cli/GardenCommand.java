package dev.ssotgardener.cli;

import dev.ssotgardener.audit.AuditProgress;
import dev.ssotgardener.audit.FactsCache;
import dev.ssotgardener.garden.GardenException;
import dev.ssotgardener.garden.GardenOptions;
import dev.ssotgardener.garden.GardenOutcome;
import dev.ssotgardener.garden.Gardener;
import dev.ssotgardener.garden.Publisher;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.publish.GitHubPublisher;
import dev.ssotgardener.publish.PolicyTrust;
import dev.ssotgardener.report.GroupBy;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ssot garden}: drive the most urgent issue through the seed's process, steps 0 to 6. */
@Command(
    name = "garden",
    mixinStandardHelpOptions = true,
    description =
        "Take one issue through discovery, test plan, baseline, remediation with a test-fix loop,"
            + " and a branch, commit and PR text; tracker in .ssot/issues/. Exit 0 when every"
            + " step is done, 1 when it stopped (the tracker says where), 2 when it cannot start.")
final class GardenCommand implements Callable<Integer> {
  private final Invocation invocation;

  @Mixin private RepositoryOptions repository;

  @Option(
      names = "--group-by",
      defaultValue = "file",
      paramLabel = "file|truth",
      description = "One issue per file or per truth (default: ${DEFAULT-VALUE}).")
  private String groupBy;

  @Option(
      names = "--issue",
      paramLabel = "SLUG",
      description = "Work on this issue instead of the most urgent.")
  private String issue;

  @Option(
      names = "--test-command",
      paramLabel = "CMD",
      description =
          "The project's test command (default: test-command in ssot.yml, else python3 <the entrypoint runner>).")
  private String testCommand;

  @Option(
      names = "--timeout",
      defaultValue = "10m",
      paramLabel = "DURATION",
      description = "Time limit of each test run, e.g. 90s, 10m (default: ${DEFAULT-VALUE}).")
  private String timeout;

  @Option(
      names = "--max-cycles",
      defaultValue = "10",
      paramLabel = "N",
      description =
          "Most changes and conflict candidates the test-fix loop tries (default: ${DEFAULT-VALUE}).")
  private int maxCycles;

  @Option(
      names = "--recent-days",
      defaultValue = "14",
      paramLabel = "N",
      description =
          "An issue introduced this recently is a recent-change (default: ${DEFAULT-VALUE}).")
  private int recentDays;

  @Option(
      names = "--issue-number",
      paramLabel = "N",
      description = "The issue the commit closes (Fixes #N).")
  private Integer issueNumber;

  @Option(names = "--dry-run", description = "Plan steps 0, 1 and 3; write nothing, run nothing.")
  private boolean dryRun;

  @Option(
      names = "--allow-dirty",
      description = "Start even with uncommitted changes to tracked files.")
  private boolean allowDirty;

  @Option(
      names = "--compile-command",
      paramLabel = "CMD",
      description =
          "The startup check compiles changed Java sources with this command (default:"
              + " compile-command in ssot.yml, else in process against the repository's sources).")
  private String compileCommand;

  @Option(
      names = "--classpath",
      paramLabel = "PATHS",
      description =
          "The project's dependencies for the in-process Java compile, separated by '"
              + "${sys:path.separator}'; without it, errors about outside libraries are not"
              + " counted.")
  private String classpath;

  @Option(
      names = "--publish",
      paramLabel = "github",
      description =
          "Mirror the tracker on GitHub as it goes: the issue, a comment per finished step, the"
              + " branch pushed and the pull request (token: GITHUB_TOKEN, GH_TOKEN, else gh auth"
              + " token; repository: the origin remote).")
  private String publish;

  @Option(
      names = "--api-url",
      defaultValue = "https://api.github.com",
      paramLabel = "URL",
      description =
          "GitHub's API, https://HOST/api/v3 for GitHub Enterprise (default: ${DEFAULT-VALUE}).")
  private URI apiUrl;

  @Option(
      names = "--trust-policy",
      description =
          "With --publish, run the policy's test-command and compile-command even where they"
              + " differ from the default branch's ssot.yml.")
  private boolean trustPolicy;

  @Option(
      names = "--until",
      hidden = true,
      defaultValue = "6",
      paramLabel = "STEP",
      description = "Stop after this step (0-6); a later run resumes.")
  private int until;

  GardenCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public Integer call() throws Exception {
    if (maxCycles < 1 || recentDays < 0) {
      throw new UserError("--max-cycles must be at least 1 and --recent-days at least 0");
    }
    if (until < 0 || until > GardenOptions.LAST_STEP) {
      throw new UserError("--until: expected a step from 0 to " + GardenOptions.LAST_STEP);
    }
    GardenOptions options =
        new GardenOptions(
            switch (groupBy) {
              case "file" -> GroupBy.FILE;
              case "truth" -> GroupBy.TRUTH;
              default ->
                  throw new UserError(
                      "--group-by: expected file or truth, found '" + groupBy + "'");
            },
            Optional.ofNullable(issue),
            Optional.ofNullable(testCommand),
            duration("--timeout", timeout),
            maxCycles,
            recentDays,
            Optional.ofNullable(issueNumber),
            dryRun,
            allowDirty,
            until,
            LocalDate.now(),
            Optional.ofNullable(compileCommand),
            classpath == null
                ? List.of()
                : Arrays.stream(classpath.split(Pattern.quote(File.pathSeparator)))
                    .filter(p -> !p.isBlank())
                    .map(p -> Path.of(p).toAbsolutePath())
                    .toList());
    Policy policy = repository.policy();
    // Names resolve against the whole repository, as `ssot audit` resolves them for a folder.
    Path top = repository.repository(policy);
    Optional<Publisher> publisher = dryRun ? Optional.empty() : publisher(top, policy);
    PrintStream out = new PrintStream(invocation.out(), true, StandardCharsets.UTF_8);
    // The history walk and step 0's audit are the long silent parts on a large repository.
    Optional<ProgressLine> line = ProgressLine.of(invocation);
    GardenOutcome outcome;
    try {
      // No history walk: the chosen issue's lines are blamed instead, which costs their files'
      // history only (a walk of a large repository's recent commits took longer than its audit).
      Gardener gardener =
          new Gardener(
              policy,
              repository.walkOptions(),
              new VersionProvider().getVersion()[0].replace("ssot-gardener ", ""),
              // A dry run writes nothing, not even cached facts.
              dryRun ? FactsCache.none() : repository.factsCache(),
              publisher);
      outcome =
          gardener.run(
              top,
              repository.root(),
              options,
              text -> {
                line.ifPresent(ProgressLine::clear);
                out.println(text);
              },
              line.map(l -> l.audit("ssot garden")).orElse(AuditProgress.none()));
    } catch (GardenException e) {
      throw new UserError(e.getMessage(), e);
    } finally {
      line.ifPresent(ProgressLine::clear);
    }
    outcome.tracker().ifPresent(t -> out.println("tracker: " + t));
    if (outcome.complete()) {
      out.println(outcome.message());
      return ExitCodes.CLEAN;
    }
    if (dryRun || until < GardenOptions.LAST_STEP) {
      out.println(outcome.message());
      return ExitCodes.CLEAN;
    }
    invocation.err().println("ssot: " + outcome.message());
    return ExitCodes.FINDINGS;
  }

  /**
   * GitHub, checked before any work: the token and the repository, and that the policy's commands
   * are the default branch's (a pull request may have changed them) unless --trust-policy.
   */
  private Optional<Publisher> publisher(Path top, Policy policy) {
    if (publish == null) {
      return Optional.empty();
    }
    if (!publish.equals("github")) {
      throw new UserError("--publish: expected github, found '" + publish + "'");
    }
    try {
      Optional<String> refusal =
          trustPolicy
              ? Optional.empty()
              : PolicyTrust.refusal(
                  top,
                  policy,
                  Optional.ofNullable(testCommand),
                  Optional.ofNullable(compileCommand));
      if (refusal.isPresent()) {
        throw new UserError("--publish refused: " + refusal.get());
      }
      return Optional.of(GitHubPublisher.connect(top, apiUrl, invocation.environment()));
    } catch (IOException e) {
      throw new UserError("--publish github: " + e.getMessage(), e);
    }
  }

  /** A duration like 90s, 10m or 3h given to {@code option}. */
  static Duration duration(String option, String text) {
    String s = text.strip().toLowerCase(java.util.Locale.ROOT);
    try {
      long value = Long.parseLong(s.replaceAll("[smh]$", ""));
      if (value <= 0) {
        throw new NumberFormatException();
      }
      return s.endsWith("h")
          ? Duration.ofHours(value)
          : s.endsWith("m") ? Duration.ofMinutes(value) : Duration.ofSeconds(value);
    } catch (NumberFormatException e) {
      throw new UserError(option + ": '" + text + "' is not a duration like 90s or 10m");
    }
  }
}
