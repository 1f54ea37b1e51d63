package dev.ssotgardener.garden;

import dev.ssotgardener.verify.TestCaseResult;
import dev.ssotgardener.verify.TestCaseResult.Outcome;
import dev.ssotgardener.verify.TestFailure;
import dev.ssotgardener.verify.TestRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A test runner that runs nothing: it answers each command from the text of one test file as it is
 * on disk, the way the project's runner would, and records the commands it was given.
 */
final class FakeTests implements TestRunner {
  /** What the project's tests say of a text of the test file. */
  enum Result {
    PASS,
    FAIL,
    /** The file cannot load: a syntax error at its first conflict marker. */
    NOT_LOADED
  }

  private final String path;
  private final String testName;
  private final Function<String, Result> verdict;
  final List<String> commands = new ArrayList<>();

  /**
   * @param path the test file, relative to the repository
   * @param testName its module, as the runner names its tests
   */
  FakeTests(String path, String testName, Function<String, Result> verdict) {
    this.path = path;
    this.testName = testName;
    this.verdict = verdict;
  }

  @Override
  public TestRun run(String command, Path workdir) {
    commands.add(command);
    String text;
    try {
      text = Files.readString(workdir.resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Result result = verdict.apply(text);
    if (command.contains("importlib")) {
      // The startup check imports the changed modules: only a file that cannot load fails it.
      return run(result == Result.NOT_LOADED ? 1 : 0, List.of(), List.of());
    }
    return switch (result) {
      case PASS ->
          run(0, List.of(new TestCaseResult(testName + ".T.test_it", Outcome.PASSED)), List.of());
      case FAIL ->
          run(
              1,
              List.of(new TestCaseResult(testName + ".T.test_it", Outcome.FAILED)),
              List.of(
                  new TestFailure(
                      testName + ".T.test_it", "AssertionError", "1 != 2", path, lineOf(text))));
      case NOT_LOADED ->
          run(
              1,
              List.of(new TestCaseResult("unittest.loader._FailedTest." + testName, Outcome.ERROR)),
              List.of(
                  new TestFailure(
                      testName, "SyntaxError", "invalid syntax", path, lineOf(text, "<<<<<<<"))));
    };
  }

  private static TestRun run(int exit, List<TestCaseResult> cases, List<TestFailure> failures) {
    return new TestRun(exit, false, Duration.ofMillis(1), cases, "", failures);
  }

  private static int lineOf(String text) {
    return lineOf(text, "assert");
  }

  private static int lineOf(String text, String fragment) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(fragment)) {
        return i + 1;
      }
    }
    return 0;
  }
}
