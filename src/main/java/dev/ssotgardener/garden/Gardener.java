package dev.ssotgardener.garden;

import dev.ssotgardener.audit.AuditProgress;
import dev.ssotgardener.audit.FactsCache;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.report.MarkdownRenderer;
import dev.ssotgardener.report.ProcessStep;
import dev.ssotgardener.report.ReportContext;
import dev.ssotgardener.verify.TestCommandRunner;
import dev.ssotgardener.workspace.WalkOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs the seed's process on one group of findings, one {@link GardenStep} after another from the
 * first unfinished one: 0 discovery, 1 plan tests, 2 baseline, 3 plan remediation, 4 apply and
 * settle the changes in a test-fix loop, 5 prove the result, 6 branch, commit and PR text. Each
 * step updates the tracker files as it completes; a second run resumes at the first unfinished
 * step. A dry run prints what each step up to the plan would do, and writes and runs nothing.
 */
public final class Gardener {
  /** The steps in order: a step's place in the list is its number. */
  static final List<GardenStep> STEPS =
      List.of(
          new DiscoveryStep(),
          new TestPlanStep(),
          new BaselineStep(),
          new RemediationPlanStep(),
          new RemediationStep(ProcessStep.EXECUTE_REMEDIATION),
          new RemediationStep(ProcessStep.TEST_FIX_LOOP),
          new PullRequestStep());

  private final Policy policy;
  private final WalkOptions walk;
  private final String version;
  private final FactsCache cache;
  private final Function<Path, Optional<SourceControl>> sourceControl;
  private final Function<Duration, TestRunner> testRunner;
  private final TrackerPublishing publishing;

  /**
   * @param cache facts of files seen before, so the run's audits parse only what changed
   * @param publisher mirrors the tracker at each step boundary ({@code --publish})
   */
  public Gardener(
      Policy policy,
      WalkOptions walk,
      String version,
      FactsCache cache,
      Optional<Publisher> publisher) {
    this(
        policy,
        walk,
        version,
        cache,
        GitWorkTree::open,
        timeout -> new TestCommandRunner(timeout)::run,
        publisher);
  }

  /**
   * @param sourceControl the version control around a root, if any
   * @param testRunner runs the project's commands with a time limit
   */
  Gardener(
      Policy policy,
      WalkOptions walk,
      String version,
      FactsCache cache,
      Function<Path, Optional<SourceControl>> sourceControl,
      Function<Duration, TestRunner> testRunner,
      Optional<Publisher> publisher) {
    this.policy = policy;
    this.walk = walk;
    this.version = version;
    this.cache = cache;
    this.sourceControl = sourceControl;
    this.testRunner = testRunner;
    this.publishing = new TrackerPublishing(publisher);
  }

  /**
   * Gardens the repository at {@code root}.
   *
   * @param progress hears each step and cycle as it completes
   * @param auditProgress hears how far step 0's audit is
   */
  public GardenOutcome run(
      Path root, GardenOptions options, Consumer<String> progress, AuditProgress auditProgress)
      throws IOException, GardenException, InterruptedException {
    return run(root, root, options, progress, auditProgress);
  }

  /**
   * Gardens an issue of the files under {@code folder}, a folder of the repository at {@code root}:
   * names resolve against the whole repository, as {@code ssot audit} resolves them, and the test
   * command, the tracker and the paths it names are the repository's.
   */
  public GardenOutcome run(
      Path root,
      Path folder,
      GardenOptions options,
      Consumer<String> progress,
      AuditProgress auditProgress)
      throws IOException, GardenException, InterruptedException {
    String scope =
        root.toAbsolutePath()
            .normalize()
            .relativize(folder.toAbsolutePath().normalize())
            .toString()
            .replace('\\', '/');
    if (scope.startsWith("..")) {
      throw new GardenException(folder + ": not inside the repository at " + root);
    }
    Optional<SourceControl> git = sourceControl.apply(root);
    try {
      TrackerMarkdown markdown =
          new TrackerMarkdown(
              new MarkdownRenderer(
                  ReportContext.of(policy, root), options.groupBy(), options.today(), version));
      GardenRun.Context context =
          new GardenRun.Context(
              root,
              scope.isEmpty() ? "" : scope + "/",
              options,
              policy,
              walk,
              cache,
              git,
              testRunner.apply(options.timeout()),
              progress,
              new TrackerFiles(root),
              markdown);
      Optional<GardenRun.Chosen> chosen = new IssueChooser(context).choose(auditProgress);
      if (chosen.isEmpty()) {
        return new GardenOutcome(
            Optional.empty(),
            true,
            Optional.empty(),
            "nothing to garden: the audit reports no finding");
      }
      return walk(new GardenRun(context, chosen.get()));
    } finally {
      git.ifPresent(SourceControl::close);
    }
  }

  private GardenOutcome walk(GardenRun run)
      throws IOException, GardenException, InterruptedException {
    TrackerState state = run.state;
    if (state.firstUnfinished().isEmpty()) {
      publishing.publish(run); // what an interrupted run did not publish yet
      return outcome(run, "already done: every step of " + state.slug + " is complete");
    }
    if (run.options.dryRun()) {
      run.say("dry run: nothing is written and no test is run");
      for (GardenStep step : STEPS) {
        step.describe(run);
      }
      return outcome(run, "dry run of " + state.slug + ": nothing written");
    }
    WorkTreeGuard.refuseToStart(run);
    publishing.publish(run);
    for (Optional<ProcessStep> next = state.firstUnfinished();
        next.isPresent() && next.get().ordinal() <= run.options.untilStep();
        next = state.firstUnfinished()) {
      boolean advanced = STEPS.get(next.get().ordinal()).run(run);
      run.save();
      publishing.publish(run);
      if (!advanced) {
        int stopped = state.stoppedAt().orElse(next.get()).ordinal();
        return outcome(run, "stopped at step " + stopped + ": " + state.stopReason);
      }
    }
    return outcome(
        run,
        state.firstUnfinished().isEmpty()
            ? "done: branch "
                + state.branch
                + ", PR text "
                + run.root.relativize(run.files().pullRequest(state.slug))
            : "paused after step " + run.options.untilStep() + "; run again to resume");
  }

  private static GardenOutcome outcome(GardenRun run, String message) {
    return new GardenOutcome(
        Optional.of(run.state.slug),
        run.state.firstUnfinished().isEmpty(),
        run.options.dryRun() ? Optional.empty() : Optional.of(run.files().markdown(run.state.slug)),
        message);
  }
}
