package dev.ssotgardener.garden;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dev.ssotgardener.finding.ConflictChoice;
import dev.ssotgardener.report.ProcessStep;
import dev.ssotgardener.verify.TestCaseResult;
import dev.ssotgardener.verify.TestFailure;
import dev.ssotgardener.verify.TestRun;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;

/**
 * The machine state of one tracker ({@code .ssot/issues/<slug>.json}): what each step found and
 * decided, so a later run resumes at the first unfinished step. Mutable on purpose: it is the
 * record the process writes as it goes.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
final class TrackerState {
  /** The state of one step. */
  enum Status {
    TODO,
    DONE,
    STOPPED
  }

  int version = 2;
  String slug;
  String title;
  String context;
  String groupBy;
  String groupKey;
  String priority;
  String created;
  int auditFindings;
  int auditFiles;
  List<StoredFinding> findings = new ArrayList<>();
  EnumMap<ProcessStep, Status> steps = new EnumMap<>(ProcessStep.class);
  String stopReason;
  List<PlannedTest> tests = new ArrayList<>();
  String testCommand;
  RunRecord baseline;
  RunRecord last;
  String order;
  List<PlannedChange> plan = new ArrayList<>();
  List<String> unplanned = new ArrayList<>();
  List<Cycle> cycles = new ArrayList<>();
  List<KeptChange> kept = new ArrayList<>();
  List<Alternative> alternatives = new ArrayList<>();
  List<String> resolved = new ArrayList<>();
  String branch;
  String commit;

  /** The upstream on origin of the branch step 6 began on: the pull request's base, if any. */
  String base;

  Integer issueNumber;

  static TrackerState fresh() {
    TrackerState state = new TrackerState();
    for (ProcessStep step : ProcessStep.values()) {
      state.steps.put(step, Status.TODO);
    }
    return state;
  }

  /** The first step not done: where a run starts or resumes; empty when all are done. */
  Optional<ProcessStep> firstUnfinished() {
    return Arrays.stream(ProcessStep.values()).filter(s -> status(s) != Status.DONE).findFirst();
  }

  Status status(ProcessStep step) {
    return steps.getOrDefault(step, Status.TODO);
  }

  void done(ProcessStep step) {
    steps.put(step, Status.DONE);
    stopReason = null;
  }

  void stopped(ProcessStep step, String reason) {
    steps.put(step, Status.STOPPED);
    stopReason = reason;
  }

  /** Makes {@code step} to be done again (its work was rolled back). */
  void undone(ProcessStep step) {
    steps.put(step, Status.TODO);
  }

  /** The step a run stopped at, when one did. */
  Optional<ProcessStep> stoppedAt() {
    return Arrays.stream(ProcessStep.values()).filter(s -> status(s) == Status.STOPPED).findFirst();
  }

  boolean isDone(ProcessStep step) {
    return status(step) == Status.DONE;
  }

  /** A test file chosen in step 1 and why. */
  record PlannedTest(String path, String reason) {}

  /** One run of the test command, with per-test outcomes and each planned test file's state. */
  record RunRecord(
      int exitCode,
      boolean timedOut,
      long elapsedMillis,
      List<TestCaseResult> cases,
      String outputTail,
      List<TestFailure> failures,
      List<FileState> files) {
    RunRecord {
      failures = failures == null ? List.of() : failures;
    }

    static RunRecord of(TestRun run, List<FileState> files) {
      return new RunRecord(
          run.exitCode(),
          run.timedOut(),
          run.elapsed().toMillis(),
          run.cases(),
          run.outputTail(),
          run.failures(),
          files);
    }

    TestRun toTestRun() {
      return new TestRun(
          exitCode, timedOut, Duration.ofMillis(elapsedMillis), cases, outputTail, failures);
    }

    /** {@code 8 passed, 0 failed, 1 error, 0 skipped (exit 0)}. */
    String counts() {
      TestRun run = toTestRun();
      return "%d passed, %d failed, %d errors, %d skipped (exit %s)"
          .formatted(
              run.count(TestCaseResult.Outcome.PASSED),
              run.count(TestCaseResult.Outcome.FAILED),
              run.count(TestCaseResult.Outcome.ERROR),
              run.count(TestCaseResult.Outcome.SKIPPED),
              timedOut ? "timed out" : Integer.toString(exitCode));
    }

    TestFileState stateOf(String path) {
      return fileState(path).map(FileState::state).orElse(TestFileState.NOT_RUN);
    }

    Optional<FileState> fileState(String path) {
      return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }
  }

  /**
   * A planned test file's state in one run.
   *
   * @param blocker what stops it from passing, as the run reported it; null when it passes or the
   *     run named no error
   */
  record FileState(String path, TestFileState state, TestFailure blocker) {
    /** {@code `path`: not-loaded (blocked: …)}. */
    String describe() {
      return state.word() + (blocker == null ? "" : " (blocked: " + blocker.describe() + ")");
    }

    FileState withState(TestFileState s) {
      return new FileState(path, s, null);
    }
  }

  /**
   * One change of the remediation plan.
   *
   * @param truth the truth whose fixes this change applies; {@code conflict-markers} for a conflict
   * @param candidates for a conflict, the candidates that parse, in the order they are tried
   */
  record PlannedChange(
      String path, String truth, String description, List<ConflictChoice> candidates) {
    boolean isConflict() {
      return !candidates.isEmpty();
    }

    String label() {
      return isConflict()
          ? "resolve the conflict in " + path
          : description + " in " + path + " (" + truth + ")";
    }
  }

  /** What the loop did with a change it tried. */
  enum Decision {
    KEPT("kept"),
    /** Kept while the rest of the plan is tried: the file's blocking error moved on. */
    PROVISIONAL("kept provisionally"),
    ROLLED_BACK("rolled back");

    private final String words;

    Decision(String words) {
      this.words = words;
    }

    String words() {
      return words;
    }
  }

  /**
   * One cycle of the test-fix loop: a change tried, the tests run, and the verdict.
   *
   * @param candidate the conflict candidate tried; null for a fix
   */
  record Cycle(
      int number,
      String change,
      ConflictChoice candidate,
      Decision decision,
      String verdict,
      String tests,
      String startup) {
    String candidateLabel() {
      return candidate == null ? "" : " [" + candidate.label() + "]";
    }

    Cycle with(Decision d, String v) {
      return new Cycle(number, change, candidate, d, v, tests, startup);
    }
  }

  /** A change the loop kept, with the findings it removed. */
  record KeptChange(String path, String description, List<String> fixed) {}

  /** A conflict candidate that also passed, as a diff from the kept one. */
  record Alternative(String path, ConflictChoice candidate, List<String> diff) {}
}
