package dev.ssotgardener.garden;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dev.ssotgardener.facts.Span;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.policy.Severity;
import dev.ssotgardener.verify.TestCaseResult;
import dev.ssotgardener.verify.TestRun;
import java.time.Duration;
import java.util.ArrayList;
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

  int version = 1;
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
  List<Status> steps = new ArrayList<>();
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
  Integer issueNumber;

  static TrackerState fresh() {
    TrackerState state = new TrackerState();
    state.steps = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      state.steps.add(Status.TODO);
    }
    return state;
  }

  /** The first step not done: where a run starts or resumes; 7 when all are done. */
  int firstUnfinished() {
    int step = steps.indexOf(Status.TODO);
    int stopped = steps.indexOf(Status.STOPPED);
    if (stopped >= 0 && (step < 0 || stopped < step)) {
      step = stopped;
    }
    return step < 0 ? steps.size() : step;
  }

  void done(int step) {
    steps.set(step, Status.DONE);
    stopReason = null;
  }

  void stopped(int step, String reason) {
    steps.set(step, Status.STOPPED);
    stopReason = reason;
  }

  boolean isDone(int step) {
    return steps.get(step) == Status.DONE;
  }

  /** A finding as discovery saw it; its fix is not kept (fixes are planned again from disk). */
  record StoredFinding(
      String truth,
      String kind,
      Severity severity,
      String path,
      int startLine,
      int startColumn,
      int endLine,
      int endColumn,
      String message,
      String snippet,
      String fingerprint) {
    static StoredFinding of(Finding f) {
      return new StoredFinding(
          f.truth(),
          f.kind(),
          f.severity(),
          f.path(),
          f.span().startLine(),
          f.span().startColumn(),
          f.span().endLine(),
          f.span().endColumn(),
          f.message(),
          f.snippet(),
          f.fingerprint());
    }

    Finding toFinding() {
      return new Finding(
          truth,
          kind,
          severity,
          path,
          new Span(startLine, startColumn, endLine, endColumn),
          message,
          snippet,
          fingerprint,
          Optional.empty());
    }
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
      List<FileState> files) {
    static RunRecord of(TestRun run, List<FileState> files) {
      return new RunRecord(
          run.exitCode(),
          run.timedOut(),
          run.elapsed().toMillis(),
          run.cases(),
          run.outputTail(),
          files);
    }

    TestRun toTestRun() {
      return new TestRun(exitCode, timedOut, Duration.ofMillis(elapsedMillis), cases, outputTail);
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

    String stateOf(String path) {
      return files.stream()
          .filter(f -> f.path().equals(path))
          .map(FileState::state)
          .findFirst()
          .orElse(TestFileState.NOT_RUN.word());
    }
  }

  /** A planned test file's state in one run, as a {@link TestFileState} word. */
  record FileState(String path, String state) {}

  /**
   * One change of the remediation plan.
   *
   * @param truth the truth whose fixes this change applies; {@code conflict-markers} for a conflict
   * @param candidates for a conflict, the candidates that parse, in the order they are tried
   */
  record PlannedChange(String path, String truth, String description, List<String> candidates) {
    boolean isConflict() {
      return !candidates.isEmpty();
    }

    String label() {
      return isConflict()
          ? "resolve the conflict in " + path
          : description + " in " + path + " (" + truth + ")";
    }
  }

  /** One cycle of the test-fix loop: a change tried, the tests run, and the verdict. */
  record Cycle(
      int number,
      String change,
      String candidate,
      boolean kept,
      String verdict,
      String tests,
      String startup) {}

  /** A change the loop kept, with the findings it removed. */
  record KeptChange(String path, String description, List<String> fixed) {}

  /** A conflict candidate that also passed, as a diff from the kept one. */
  record Alternative(String path, String candidate, List<String> diff) {}
}
