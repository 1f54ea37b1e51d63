package dev.ssotgardener.garden;

import dev.ssotgardener.finding.ConflictChoice;
import dev.ssotgardener.fix.FileChange;
import dev.ssotgardener.verify.TestFailure;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One cycle of the test-fix loop: a change written, the tests and the startup check run, and the
 * verdict against the last kept state, recorded in the tracker. The change stays written; the
 * caller keeps or undoes it.
 */
final class Trials {
  /**
   * @param ok nothing that passed broke, the startup check passed and, when asked, the issue's own
   *     tests pass
   * @param blockerMoved an own test file still fails, but on another error than before: the change
   *     removed one obstacle and the next shows
   */
  record Verdict(
      boolean ok, String text, TrackerState.RunRecord run, String startup, boolean blockerMoved) {}

  private final GardenRun run;
  private final WorkTree tree;
  private TrackerState.RunRecord lastRun;

  Trials(GardenRun run, WorkTree tree) {
    this.run = run;
    this.tree = tree;
  }

  /** The last run of any trial, kept or not: what a stop names as the blocker. */
  TrackerState.RunRecord lastRun() {
    return lastRun == null ? run.state.last : lastRun;
  }

  int cyclesLeft() {
    return run.options.maxCycles() - run.state.cycles.size();
  }

  Verdict tryChange(FileChange change, boolean mustPassOwnTests)
      throws IOException, InterruptedException {
    tree.write(change);
    Set<String> changed = new LinkedHashSet<>(tree.keptPaths());
    changed.add(change.path());
    return judge(changed, mustPassOwnTests);
  }

  /** Runs the tests and the startup check of {@code changed} on the tree as it is. */
  Verdict judge(Set<String> changed, boolean mustPassOwnTests)
      throws IOException, InterruptedException {
    int cycle = run.state.cycles.size() + 1;
    Optional<Verdict> replayed = tree.journal().replayed(cycle);
    if (replayed.isPresent()) {
      lastRun = replayed.get().run();
      return replayed.get();
    }
    Verdict verdict = judgeNow(changed, mustPassOwnTests);
    tree.journal().judged(cycle, verdict);
    return verdict;
  }

  private Verdict judgeNow(Set<String> changed, boolean mustPassOwnTests)
      throws IOException, InterruptedException {
    TrackerState state = run.state;
    TrackerState.RunRecord after = run.runTests();
    lastRun = after;
    StartupCheck.Result startup = run.startupCheck().check(run.root, changed);
    List<String> problems = new ArrayList<>();
    List<String> broken = state.last.toTestRun().brokenIn(after.toTestRun());
    if (!broken.isEmpty()) {
      problems.add("broke " + String.join(", ", broken));
    }
    if (after.timedOut()) {
      problems.add("the tests timed out");
    }
    boolean moved = false;
    for (TrackerState.FileState f : after.files()) {
      TrackerState.FileState before =
          state.last.fileState(f.path()).orElse(f.withState(TestFileState.NOT_RUN));
      boolean own = run.group.paths().contains(f.path());
      if (f.state() != TestFileState.PASSING
          && (before.state() == TestFileState.PASSING || (mustPassOwnTests && own))) {
        problems.add(
            "`"
                + f.path()
                + "` "
                + f.state().word()
                + (f.blocker() == null ? "" : "; blocked: " + f.blocker().describe()));
      }
      moved |= own && f.state() != TestFileState.PASSING && movedOn(before.blocker(), f.blocker());
    }
    if (!startup.ok()) {
      problems.add(TrackerMarkdown.STARTUP_FAILED);
    }
    String text = problems.isEmpty() ? "tests pass" : String.join("; ", problems);
    return new Verdict(
        problems.isEmpty(), text, after, startup.summary(), moved && broken.isEmpty());
  }

  /** The file failed before on one error and now fails on another one (its place aside). */
  private static boolean movedOn(TestFailure before, TestFailure after) {
    return before != null
        && after != null
        && !(Objects.equals(before.type(), after.type())
            && Objects.equals(before.message(), after.message())
            && before.line() == after.line());
  }

  /** Marks a provisional candidate's cycle kept: the tests passed once the rest was in place. */
  void confirm(String label, ConflictChoice candidate) {
    List<TrackerState.Cycle> cycles = run.state.cycles;
    for (int i = 0; i < cycles.size(); i++) {
      TrackerState.Cycle c = cycles.get(i);
      if (c.change().equals(label)
          && c.candidate() == candidate
          && c.decision() == TrackerState.Decision.PROVISIONAL) {
        cycles.set(
            i,
            c.with(
                TrackerState.Decision.KEPT,
                c.verdict() + "; the tests pass with the rest of the plan"));
      }
    }
  }

  /** Records a cycle and tells the user. */
  void cycle(
      TrackerState.PlannedChange change,
      ConflictChoice candidate,
      TrackerState.Decision decision,
      String verdict,
      TrackerState.RunRecord record,
      String startup)
      throws IOException {
    TrackerState.Cycle cycle =
        new TrackerState.Cycle(
            run.state.cycles.size() + 1,
            change.label(),
            candidate,
            decision,
            verdict,
            record == null ? "not run" : record.counts(),
            startup);
    run.state.cycles.add(cycle);
    run.say(
        "cycle "
            + cycle.number()
            + ": "
            + change.label()
            + cycle.candidateLabel()
            + " → "
            + verdict);
    run.save();
  }
}
