package dev.ssotgardener.garden;

import static dev.ssotgardener.garden.GardenerTest.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssotgardener.audit.AuditProgress;
import dev.ssotgardener.audit.FactsCache;
import dev.ssotgardener.finding.CommitRef;
import dev.ssotgardener.finding.ConflictChoice;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.PolicyLoader;
import dev.ssotgardener.report.MarkdownRenderer;
import dev.ssotgardener.report.ProcessStep;
import dev.ssotgardener.report.ReportContext;
import dev.ssotgardener.verify.TestCaseResult;
import dev.ssotgardener.verify.TestRun;
import dev.ssotgardener.workspace.WalkOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each step of the garden on its own, against a test runner that runs nothing ({@link FakeTests})
 * and version control in memory ({@link FakeSourceControl}): what it records, what it says, and
 * that its description (the dry run) changes nothing.
 */
class GardenStepsTest {
  private static final String TEST = "tests/test_x.py";
  private static final String CONFLICTED =
      """
      import unittest


      class T(unittest.TestCase):
          def test_it(self):
      <<<<<<< HEAD
              self.assertEqual(1, 1)
      =======
              self.assertEqual(1, 2)
      >>>>>>> feature
      """;
  private static final String POLICY =
      """
      version: 1
      tests: ["tests/test_*.py"]
      truths:
        - id: runner
          kind: entrypoint
          canonical: run_tests.py
          forbids: [unittest.main]
      checks: {conflict-markers: error, dangling-imports: error}
      """;

  @TempDir Path repo;
  private final List<String> progress = new ArrayList<>();
  private final FakeSourceControl git = new FakeSourceControl();

  @BeforeEach
  void repository() throws Exception {
    write(repo, "ssot.yml", POLICY);
    write(repo, "run_tests.py", "raise SystemExit('the fake runner runs nothing')\n");
    write(repo, "tests/__init__.py", "");
    write(repo, TEST, CONFLICTED);
  }

  /** The project's verdict: markers stop the file loading; {@code (1, 2)} fails its test. */
  private static FakeTests.Result oursPasses(String text) {
    if (text.contains("<<<<<<<")) {
      return FakeTests.Result.NOT_LOADED;
    }
    return text.contains("(1, 2)") ? FakeTests.Result.FAIL : FakeTests.Result.PASS;
  }

  private static FakeTests tests(Function<String, FakeTests.Result> verdict) {
    return new FakeTests(TEST, "tests.test_x", verdict);
  }

  private GardenRun run(FakeTests tests, Optional<SourceControl> sourceControl) throws Exception {
    Policy policy = new PolicyLoader().loadFromRoot(repo).orElseThrow();
    GardenOptions options = GardenerTest.options(7);
    TrackerMarkdown markdown =
        new TrackerMarkdown(
            new MarkdownRenderer(
                ReportContext.of(policy, repo), options.groupBy(), options.today(), "test"));
    GardenRun.Context context =
        new GardenRun.Context(
            repo,
            "",
            options,
            policy,
            WalkOptions.defaults(),
            FactsCache.none(),
            sourceControl,
            tests,
            progress::add,
            new TrackerFiles(repo),
            markdown);
    GardenRun.Chosen chosen = new IssueChooser(context).choose(AuditProgress.none()).orElseThrow();
    return new GardenRun(context, chosen);
  }

  /** Runs the steps before {@code step}; each must succeed. */
  private static void runUpTo(GardenRun run, ProcessStep step) throws Exception {
    for (GardenStep s : Gardener.STEPS.subList(0, step.ordinal())) {
      assertThat(s.run(run)).as(s.id() + ": " + run.state.stopReason).isTrue();
    }
  }

  private static GardenStep step(ProcessStep id) {
    return Gardener.STEPS.get(id.ordinal());
  }

  @Test
  void discoveryRecordsTheChosenIssueAndItsDescriptionChangesNothing() throws Exception {
    GardenRun run = run(tests(GardenStepsTest::oursPasses), Optional.of(git));

    step(ProcessStep.DISCOVERY).describe(run);
    assertThat(run.state.status(ProcessStep.DISCOVERY)).isEqualTo(TrackerState.Status.TODO);
    assertThat(step(ProcessStep.DISCOVERY).run(run)).isTrue();

    assertThat(run.state.status(ProcessStep.DISCOVERY)).isEqualTo(TrackerState.Status.DONE);
    assertThat(progress).hasSize(2).allMatch(p -> p.equals(progress.get(0)));
    assertThat(progress.get(0))
        .isEqualTo("step 0 discovery: " + run.state.slug + " (P1 - HIGH, 1 finding)");
  }

  @Test
  void theIssueIsNamedFromTheCommitItsLinesCameFrom() throws Exception {
    String commit = "a".repeat(40);
    git.origins.put(TEST, new CommitRef(commit, "t", "2025-09-10T12:00:00Z", "Merge feature"));
    assertThat(run(tests(GardenStepsTest::oursPasses), Optional.of(git)).state.slug)
        .isEqualTo("SSOT-recent-change-x-test-merge-conflict");

    git.changedExistingFiles.add(commit);
    assertThat(run(tests(GardenStepsTest::oursPasses), Optional.of(git)).state.slug)
        .isEqualTo("SSOT-regression-x-test-merge-conflict");
  }

  @Test
  void thePlanOfTestsNamesEachTestFileAndWhy() throws Exception {
    GardenRun run = run(tests(GardenStepsTest::oursPasses), Optional.of(git));
    runUpTo(run, ProcessStep.PLAN_TESTS);

    step(ProcessStep.PLAN_TESTS).describe(run);
    assertThat(run.state.tests).isEmpty();
    assertThat(step(ProcessStep.PLAN_TESTS).run(run)).isTrue();

    assertThat(run.state.tests).extracting(TrackerState.PlannedTest::path).containsExactly(TEST);
    assertThat(progress)
        .contains("step 1 test: " + TEST + " - is itself affected")
        .contains("step 1 plan tests: 1 test file protect " + TEST);
  }

  @Test
  void theBaselineRunsTheTestCommandOnceAndNamesWhatBlocksTheFile() throws Exception {
    FakeTests tests = tests(GardenStepsTest::oursPasses);
    GardenRun run = run(tests, Optional.of(git));
    runUpTo(run, ProcessStep.EXECUTE_TEST_PLAN);

    step(ProcessStep.EXECUTE_TEST_PLAN).describe(run);
    assertThat(tests.commands).isEmpty();
    assertThat(step(ProcessStep.EXECUTE_TEST_PLAN).run(run)).isTrue();

    assertThat(tests.commands).containsExactly("python3 run_tests.py");
    assertThat(run.state.baseline.stateOf(TEST)).isEqualTo(TestFileState.NOT_LOADED);
    assertThat(run.state.baseline.fileState(TEST).orElseThrow().describe())
        .isEqualTo("not-loaded (blocked: SyntaxError: invalid syntax (" + TEST + ":6))");
    assertThat(progress)
        .contains("step 2 would run: python3 run_tests.py")
        .contains("step 2 baseline: 0 passed, 0 failed, 1 errors, 0 skipped (exit 1)");
  }

  @Test
  void withoutATestCommandTheBaselineStopsAndSaysWhatToDo() throws Exception {
    write(repo, "ssot.yml", POLICY.replace("canonical: run_tests.py", "canonical: run.sh"));
    FakeTests tests = tests(GardenStepsTest::oursPasses);
    GardenRun run = run(tests, Optional.of(git));
    runUpTo(run, ProcessStep.EXECUTE_TEST_PLAN);

    assertThat(step(ProcessStep.EXECUTE_TEST_PLAN).run(run)).isFalse();

    assertThat(tests.commands).isEmpty();
    assertThat(run.state.stoppedAt()).contains(ProcessStep.EXECUTE_TEST_PLAN);
    assertThat(run.state.stopReason).startsWith("no test command: pass --test-command");
  }

  @Test
  void theRemediationPlanListsTheConflictsCandidatesThatParse() throws Exception {
    GardenRun run = run(tests(GardenStepsTest::oursPasses), Optional.of(git));
    runUpTo(run, ProcessStep.PLAN_REMEDIATION);

    step(ProcessStep.PLAN_REMEDIATION).describe(run);
    assertThat(run.state.status(ProcessStep.PLAN_REMEDIATION)).isEqualTo(TrackerState.Status.TODO);
    assertThat(step(ProcessStep.PLAN_REMEDIATION).run(run)).isTrue();

    assertThat(run.state.plan).hasSize(1);
    assertThat(run.state.plan.get(0).candidates())
        .containsExactly(
            ConflictChoice.OURS,
            ConflictChoice.THEIRS,
            ConflictChoice.UNION,
            ConflictChoice.THEIRS_THEN_OURS);
    assertThat(progress)
        .contains(
            "step 3 change 1: resolve the conflict in "
                + TEST
                + " [ours, theirs, ours+theirs, theirs+ours]")
        .contains("step 3 plan remediation: 1 change, 0 not planned");
    assertThat(Files.readString(repo.resolve(TEST))).isEqualTo(CONFLICTED);
  }

  @Test
  void theLoopKeepsTheOneCandidateThatPassesAndRollsBackTheOthers() throws Exception {
    GardenRun run = run(tests(GardenStepsTest::oursPasses), Optional.of(git));
    runUpTo(run, ProcessStep.EXECUTE_REMEDIATION);

    assertThat(step(ProcessStep.EXECUTE_REMEDIATION).run(run)).isTrue();

    assertThat(run.state.cycles)
        .extracting(c -> c.candidate() + " " + c.decision())
        .containsExactly(
            "OURS KEPT", "THEIRS ROLLED_BACK", "UNION ROLLED_BACK", "THEIRS_THEN_OURS ROLLED_BACK");
    assertThat(run.state.kept)
        .extracting(TrackerState.KeptChange::description)
        .containsExactly("conflict resolved to ours");
    assertThat(run.state.alternatives).isEmpty();
    assertThat(Files.readString(repo.resolve(TEST)))
        .contains("assertEqual(1, 1)")
        .doesNotContain("<<<<<<<", "(1, 2)");
  }

  @Test
  void whenEveryCandidatePassesOursIsKeptAndTheOthersAreDiffsForAReviewer() throws Exception {
    GardenRun run =
        run(
            tests(t -> t.contains("<<<<<<<") ? FakeTests.Result.NOT_LOADED : FakeTests.Result.PASS),
            Optional.of(git));
    runUpTo(run, ProcessStep.EXECUTE_REMEDIATION);

    assertThat(step(ProcessStep.EXECUTE_REMEDIATION).run(run)).isTrue();

    assertThat(run.state.kept)
        .extracting(TrackerState.KeptChange::description)
        .containsExactly("conflict resolved to ours (reviewer must confirm)");
    assertThat(run.state.alternatives)
        .extracting(TrackerState.Alternative::candidate)
        .containsExactly(
            ConflictChoice.THEIRS, ConflictChoice.UNION, ConflictChoice.THEIRS_THEN_OURS);
    assertThat(run.state.alternatives.get(0).diff())
        .contains("-        self.assertEqual(1, 1)", "+        self.assertEqual(1, 2)");
    assertThat(Files.readString(repo.resolve(TEST))).contains("assertEqual(1, 1)");
  }

  @Test
  void whenNoCandidateReachesGreenTheBlockerIsNamedAndTheFileRestored() throws Exception {
    GardenRun run =
        run(
            tests(t -> t.contains("<<<<<<<") ? FakeTests.Result.NOT_LOADED : FakeTests.Result.FAIL),
            Optional.of(git));
    runUpTo(run, ProcessStep.EXECUTE_REMEDIATION);

    assertThat(step(ProcessStep.EXECUTE_REMEDIATION).run(run)).isFalse();

    assertThat(run.state.stoppedAt()).contains(ProcessStep.TEST_FIX_LOOP);
    assertThat(run.state.stopReason)
        .startsWith(
            "the test-fix loop cannot make `"
                + TEST
                + "` pass; blocked: AssertionError: 1 != 2 ("
                + TEST
                + ":6); tried: 4 cycles (resolve the conflict in "
                + TEST
                + " [ours, theirs, ours+theirs, theirs+ours])")
        .endsWith("the repository's files are as they were");
    assertThat(run.state.kept).isEmpty();
    assertThat(run.state.cycles)
        .extracting(TrackerState.Cycle::decision)
        .containsOnly(TrackerState.Decision.ROLLED_BACK);
    assertThat(Files.readString(repo.resolve(TEST))).isEqualTo(CONFLICTED);
  }

  @Test
  void theTestFixLoopStopsWhenTheTestsAreWorseThanTheBaseline() throws Exception {
    GardenRun run = run(tests(GardenStepsTest::oursPasses), Optional.of(git));
    runUpTo(run, ProcessStep.TEST_FIX_LOOP);
    run.state.baseline = record(TestCaseResult.Outcome.PASSED);
    run.state.last = record(TestCaseResult.Outcome.FAILED);

    assertThat(step(ProcessStep.TEST_FIX_LOOP).run(run)).isFalse();

    assertThat(run.state.stopReason)
        .isEqualTo("tests worse than the baseline: tests.test_x.T.test_it");
  }

  private static TrackerState.RunRecord record(TestCaseResult.Outcome outcome) {
    TestRun run =
        new TestRun(
            0,
            false,
            Duration.ZERO,
            List.of(new TestCaseResult("tests.test_x.T.test_it", outcome)),
            "",
            List.of());
    return TrackerState.RunRecord.of(run, List.of());
  }

  @Test
  void thePullRequestStepCommitsTheKeptChangesOnANewBranch() throws Exception {
    GardenRun run = run(tests(GardenStepsTest::oursPasses), Optional.of(git));
    runUpTo(run, ProcessStep.PR_AND_CLOSURE);

    step(ProcessStep.PR_AND_CLOSURE).describe(run);
    assertThat(git.commits).isEmpty();
    assertThat(step(ProcessStep.PR_AND_CLOSURE).run(run)).isTrue();

    assertThat(git.commits).hasSize(1);
    FakeSourceControl.Commit commit = git.commits.get(0);
    assertThat(commit.branch()).isEqualTo("ssot/" + run.state.slug);
    assertThat(commit.paths()).containsExactly(TEST);
    assertThat(commit.message()).contains("Fixes #7").contains("conflict resolved to ours");
    assertThat(run.state.branch).isEqualTo(commit.branch());
    assertThat(progress)
        .contains("step 6 would commit the kept changes on a new branch " + commit.branch())
        .contains("step 6 PR: branch " + commit.branch() + ", commit 000000000");
    assertThat(repo.resolve(".ssot/issues/" + run.state.slug + ".pr.md")).exists();
  }

  @Test
  void thePullRequestStepNeverMovesABranch() throws Exception {
    GardenRun run = run(tests(GardenStepsTest::oursPasses), Optional.of(git));
    runUpTo(run, ProcessStep.PR_AND_CLOSURE);
    git.branches.add(run.branch());

    assertThat(step(ProcessStep.PR_AND_CLOSURE).run(run)).isFalse();

    assertThat(run.state.stopReason).isEqualTo(SourceControl.branchExistsMessage(run.branch()));
    assertThat(git.commits).isEmpty();
  }

  @Test
  void withoutVersionControlThePullRequestStepSaysWhy() throws Exception {
    GardenRun run = run(tests(GardenStepsTest::oursPasses), Optional.empty());
    runUpTo(run, ProcessStep.PR_AND_CLOSURE);

    assertThat(step(ProcessStep.PR_AND_CLOSURE).run(run)).isFalse();

    assertThat(run.state.stopReason)
        .isEqualTo(
            "not a git repository: no branch or commit made; the kept changes are in the work"
                + " tree");
  }

  @Test
  void theGardenerRefusesADirtyWorkTreeAndItsDryRunRunsNothing() throws Exception {
    FakeTests tests = tests(GardenStepsTest::oursPasses);
    Policy policy = new PolicyLoader().loadFromRoot(repo).orElseThrow();
    Gardener gardener =
        new Gardener(
            policy,
            WalkOptions.defaults(),
            "test",
            FactsCache.none(),
            root -> Optional.of(git),
            timeout -> tests,
            Optional.empty());
    git.dirty.add("README.md");

    assertThatThrownBy(
            () -> gardener.run(repo, GardenerTest.options(0), progress::add, AuditProgress.none()))
        .hasMessageStartingWith("the work tree has uncommitted changes (README.md)");

    Map<String, String> before = GardenerTest.snapshot(repo);
    GardenOutcome dry =
        gardener.run(
            repo,
            GardenerTest.dryRun(GardenerTest.options(0)),
            progress::add,
            AuditProgress.none());
    assertThat(dry.message()).startsWith("dry run of ");
    assertThat(tests.commands).isEmpty();
    assertThat(GardenerTest.snapshot(repo)).isEqualTo(before);
    assertThat(progress)
        .anyMatch(p -> p.startsWith("step 0 discovery: "))
        .contains("step 2 would run: python3 run_tests.py")
        .contains("step 4 would try the planned changes, at most 10 test runs")
        .anyMatch(p -> p.startsWith("step 6 would commit"));
  }

  /** The verdicts of {@link #oursPasses}, until the {@code dieAt}-th test run dies (a kill). */
  private static FakeTests dyingAt(int dieAt) {
    int[] calls = {0};
    return tests(
        text -> {
          if (++calls[0] == dieAt) {
            throw new IllegalStateException("killed");
          }
          return oursPasses(text);
        });
  }

  @Test
  void aRunKilledInTheLoopResumesAtItsUnfinishedCycleFromTheJournal() throws Exception {
    GardenRun killed = run(dyingAt(4), Optional.of(git)); // baseline, cycle 1 (tests, startup)
    runUpTo(killed, ProcessStep.EXECUTE_REMEDIATION);
    assertThatThrownBy(() -> step(ProcessStep.EXECUTE_REMEDIATION).run(killed))
        .hasMessage("killed");
    assertThat(Files.readString(repo.resolve(TEST))).contains("(1, 2)"); // cycle 2's candidate

    FakeTests tests = tests(GardenStepsTest::oursPasses);
    GardenRun resumed = run(tests, Optional.of(git));
    assertThat(InterruptedRun.recover(new GardenJournal(resumed))).containsExactly(TEST);
    assertThat(Files.readString(repo.resolve(TEST))).isEqualTo(CONFLICTED);
    assertThat(step(ProcessStep.EXECUTE_REMEDIATION).run(resumed)).isTrue();

    assertThat(progress)
        .contains("cycle 1: verdict replayed from the journal, tests not run again")
        .noneMatch(p -> p.startsWith("cycle 2: verdict replayed"));
    assertThat(resumed.state.cycles)
        .extracting(c -> c.candidate() + " " + c.decision())
        .containsExactly(
            "OURS KEPT", "THEIRS ROLLED_BACK", "UNION ROLLED_BACK", "THEIRS_THEN_OURS ROLLED_BACK");
    assertThat(tests.commands).as("cycles 2-4, each tests and startup").hasSize(6);
    assertThat(Files.readString(repo.resolve(TEST))).contains("assertEqual(1, 1)");
  }

  @Test
  void aFileChangedByHandAfterAKillStopsTheRerunAndATreeHoldingARolledBackCandidateIsNotCommitted()
      throws Exception {
    GardenRun killed = run(dyingAt(4), Optional.of(git));
    runUpTo(killed, ProcessStep.EXECUTE_REMEDIATION);
    assertThatThrownBy(() -> step(ProcessStep.EXECUTE_REMEDIATION).run(killed));
    String candidate = Files.readString(repo.resolve(TEST));
    write(repo, TEST, candidate + "# mine\n");

    GardenRun rerun = run(tests(GardenStepsTest::oursPasses), Optional.of(git));
    assertThatThrownBy(() -> InterruptedRun.recover(new GardenJournal(rerun)))
        .isInstanceOf(GardenException.class)
        .hasMessageStartingWith(
            TEST + " was changed after an interrupted ssot garden run changed it");
    assertThat(Files.readString(repo.resolve(TEST))).endsWith("# mine\n");

    write(repo, TEST, candidate);
    InterruptedRun.recover(new GardenJournal(rerun));
    runUpTo(rerun, ProcessStep.PR_AND_CLOSURE);
    write(repo, TEST, candidate); // theirs, which cycle 2 rolled back
    assertThat(step(ProcessStep.PR_AND_CLOSURE).run(rerun)).isFalse();
    assertThat(rerun.state.stopReason)
        .isEqualTo(TEST + " does not hold what this run last wrote; nothing committed");
    assertThat(git.commits).isEmpty();
  }
}
