package dev.ssotgardener.garden;

import dev.ssotgardener.policy.kinds.Words;
import dev.ssotgardener.verify.TestFailure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words of a stop: what still blocks the tests (the error the runner reported, with its
 * file and line), what the loop tried, and what a person must do next.
 */
final class Blockers {
  private Blockers() {}

  /**
   * {@code <what>; blocked: <error (file:line)>; tried: <cycles>; next: <action>; the repository's
   * files are as they were}.
   */
  static String stopReason(String what, TrackerState state, TrackerState.RunRecord last) {
    Optional<TestFailure> blocker = blocker(state, last);
    StringBuilder reason = new StringBuilder(what);
    blocker.ifPresent(b -> reason.append("; blocked: ").append(b.describe()));
    reason.append("; tried: ").append(tried(state));
    reason
        .append("; next: ")
        .append(
            blocker
                .map(Blockers::next)
                .orElse(
                    "read the test output of the last cycle (`"
                        + state.testCommand
                        + "`) and fix what fails by hand"));
    return reason.append("; the repository's files are as they were").toString();
  }

  /** The error that stops the first of the issue's own test files that does not pass. */
  static Optional<TestFailure> blocker(TrackerState state, TrackerState.RunRecord last) {
    if (last == null) {
      return Optional.empty();
    }
    Set<String> own = new LinkedHashSet<>();
    state.findings.forEach(f -> own.add(f.path()));
    return last.files().stream()
        .filter(f -> f.blocker() != null && f.state() != TestFileState.PASSING)
        .sorted((a, b) -> Boolean.compare(!own.contains(a.path()), !own.contains(b.path())))
        .map(TrackerState.FileState::blocker)
        .findFirst()
        .or(() -> last.failures().stream().findFirst());
  }

  /** {@code 4 cycles (resolve the conflict in x [ours, theirs, …], remove … in y (truth))}. */
  private static String tried(TrackerState state) {
    Map<String, Set<String>> changes = new LinkedHashMap<>();
    for (TrackerState.Cycle c : state.cycles) {
      Set<String> candidates = changes.computeIfAbsent(c.change(), k -> new LinkedHashSet<>());
      if (c.candidate() != null) {
        candidates.add(c.candidate().label());
      }
    }
    List<String> words = new ArrayList<>();
    changes.forEach(
        (change, candidates) ->
            words.add(
                change + (candidates.isEmpty() ? "" : " [" + String.join(", ", candidates) + "]")));
    return Words.count(state.cycles.size(), "cycle")
        + (words.isEmpty() ? "" : " (" + String.join(", ", words) + ")");
  }

  /** What a person does about an error the tool may not decide. */
  private static String next(TestFailure blocker) {
    String where = blocker.file().isEmpty() ? "the code the test loads" : at(blocker);
    String type = blocker.type();
    if (type.endsWith("ModuleNotFoundError") || type.endsWith("ImportError")) {
      return "restore the missing module, or change the import at "
          + where
          + " to the code that replaced it, then run ssot garden again";
    }
    if (type.endsWith("SyntaxError") || type.equals("compilation error")) {
      return "correct the code at " + where + " by hand, then run ssot garden again";
    }
    return "decide whether the test or the code is wrong at "
        + where
        + " (the tests cannot tell), fix it, then run ssot garden again";
  }

  private static String at(TestFailure blocker) {
    return blocker.file() + (blocker.line() > 0 ? ":" + blocker.line() : "");
  }
}
