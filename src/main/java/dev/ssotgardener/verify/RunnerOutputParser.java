package dev.ssotgardener.verify;

import dev.ssotgardener.verify.TestCaseResult.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads per-test outcomes from the verbose output of the common Python runners when no JUnit XML
 * was written: unittest ({@code test_x (pkg.mod.Class.test_x) ... ok}) and pytest ({@code
 * tests/a.py::T::test_x PASSED}).
 */
final class RunnerOutputParser {
  private static final Pattern UNITTEST =
      Pattern.compile(
          "^([\\w.]+) \\(([\\w.]+)\\)(?: \\S.*?)?\\s*\\.\\.\\.\\s*(ok|FAIL|ERROR|skipped.*|expected"
              + " failure|unexpected success)\\s*$");
  private static final Pattern PYTEST =
      Pattern.compile("^(\\S+::\\S+) (PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS)\\b.*$");

  private RunnerOutputParser() {}

  static List<TestCaseResult> parse(List<String> lines) {
    List<TestCaseResult> cases = new ArrayList<>();
    for (String line : lines) {
      Matcher unittest = UNITTEST.matcher(line);
      if (unittest.matches()) {
        String id = unittest.group(2);
        String name = id.endsWith("." + unittest.group(1)) ? id : id + "." + unittest.group(1);
        cases.add(new TestCaseResult(name, unittestOutcome(unittest.group(3))));
        continue;
      }
      Matcher pytest = PYTEST.matcher(line);
      if (pytest.matches()) {
        cases.add(new TestCaseResult(pytest.group(1), pytestOutcome(pytest.group(2))));
      }
    }
    return cases;
  }

  private static Outcome unittestOutcome(String word) {
    return switch (word) {
      case "ok", "expected failure" -> Outcome.PASSED;
      case "FAIL", "unexpected success" -> Outcome.FAILED;
      case "ERROR" -> Outcome.ERROR;
      default -> Outcome.SKIPPED;
    };
  }

  private static Outcome pytestOutcome(String word) {
    return switch (word) {
      case "PASSED", "XFAIL" -> Outcome.PASSED;
      case "FAILED", "XPASS" -> Outcome.FAILED;
      case "ERROR" -> Outcome.ERROR;
      default -> Outcome.SKIPPED;
    };
  }
}
