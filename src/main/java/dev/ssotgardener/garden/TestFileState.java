package dev.ssotgardener.garden;

import dev.ssotgardener.lang.Dialects;
import dev.ssotgardener.verify.TestCaseResult;
import dev.ssotgardener.verify.TestFailure;
import dev.ssotgardener.verify.TestRun;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What one run says about one test file: its tests passed, some failed, it could not be loaded (a
 * syntax error, an import error), or the run reported nothing of it.
 */
enum TestFileState {
  PASSING,
  FAILING,
  NOT_LOADED,
  NOT_RUN;

  String word() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Matches the run's test ids to the file by its test name ({@code pkg.mod.Class.test}, unittest's
   * {@code _FailedTest.pkg.mod} for a module that failed to import, JUnit's {@code pkg.Class.test})
   * or its path ({@code path::test}, pytest; {@code ERROR collecting path}), and names the error
   * that blocks it.
   */
  static TrackerState.FileState of(String path, String testName, TestRun run) {
    List<TestCaseResult> mine =
        run.cases().stream()
            .filter(
                c ->
                    c.name().startsWith(testName + ".")
                        || c.name().endsWith("._FailedTest." + testName)
                        || c.name().startsWith(path + "::"))
            .toList();
    Optional<TestFailure> blocker = blocker(path, testName, run);
    boolean collectionError =
        blocker.filter(f -> f.test().equals("ERROR collecting " + path)).isPresent();
    TestFileState state;
    if (mine.stream().anyMatch(c -> c.name().contains("._FailedTest.")) || collectionError) {
      state = NOT_LOADED;
    } else if (mine.isEmpty()) {
      state = NOT_RUN;
    } else {
      state = mine.stream().anyMatch(c -> c.outcome().failing()) ? FAILING : PASSING;
    }
    return new TrackerState.FileState(path, state, state == PASSING ? null : blocker.orElse(null));
  }

  /**
   * A JUnit stack frame names its file by package ({@code com/acme/WidgetTest.java}): the blocker
   * names the repository's file instead, as every other place in the tracker does.
   */
  private static TestFailure inRepository(TestFailure blocker, String path) {
    return new TestFailure(blocker.test(), blocker.type(), blocker.message(), path, blocker.line());
  }

  /**
   * The first error the run reports in the file itself, else the first of one of its tests (a test
   * that fails inside the code it calls).
   */
  private static Optional<TestFailure> blocker(String path, String testName, TestRun run) {
    return run.failures().stream()
        .filter(
            f ->
                f.file().equals(path)
                    || Dialects.forPath(f.file())
                        .filter(d -> d.reportNames(f.file(), path))
                        .isPresent())
        .findFirst()
        .map(f -> f.file().equals(path) ? f : inRepository(f, path))
        .or(
            () ->
                run.failures().stream()
                    .filter(
                        f ->
                            f.test().contains(testName + ".")
                                || f.test().contains("(" + testName + ")")
                                || f.test().endsWith(" " + path))
                    .findFirst());
  }
}
