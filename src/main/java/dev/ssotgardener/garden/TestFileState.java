package dev.ssotgardener.garden;

import dev.ssotgardener.verify.TestCaseResult;
import dev.ssotgardener.verify.TestRun;
import java.util.List;
import java.util.Locale;

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
   * Matches the run's test ids to the file by its module ({@code pkg.mod.Class.test}, unittest's
   * {@code _FailedTest.pkg.mod} for a module that failed to import) or its path ({@code
   * path::test}, pytest).
   */
  static TestFileState of(String path, String module, TestRun run) {
    List<TestCaseResult> mine =
        run.cases().stream()
            .filter(
                c ->
                    c.name().startsWith(module + ".")
                        || c.name().endsWith("._FailedTest." + module)
                        || c.name().startsWith(path + "::"))
            .toList();
    if (mine.isEmpty()) {
      return NOT_RUN;
    }
    if (mine.stream().anyMatch(c -> c.name().contains("._FailedTest."))) {
      return NOT_LOADED;
    }
    return mine.stream().anyMatch(c -> c.outcome().failing()) ? FAILING : PASSING;
  }
}
