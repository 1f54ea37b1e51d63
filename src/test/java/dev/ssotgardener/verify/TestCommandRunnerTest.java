package dev.ssotgardener.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.verify.TestCaseResult.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandRunnerTest {
  private final TestCommandRunner runner = new TestCommandRunner(Duration.ofSeconds(60));

  @Test
  void readsUnittestVerboseOutputAndExitCode(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("tests"));
    Files.writeString(dir.resolve("tests/__init__.py"), "");
    Files.writeString(
        dir.resolve("tests/test_math.py"),
        """
        import unittest

        class TestMath(unittest.TestCase):
            def test_adds(self):
                self.assertEqual(1 + 1, 2)

            def test_breaks(self):
                self.assertEqual(1 + 1, 3)
        """);
    Files.writeString(dir.resolve("tests/test_broken.py"), "<<<<<<< HEAD\n");
    TestRun run = runner.run("python3 -m unittest discover -v -s tests -t .", dir);
    assertThat(run.passed()).isFalse();
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.cases())
        .contains(
            new TestCaseResult("tests.test_math.TestMath.test_adds", Outcome.PASSED),
            new TestCaseResult("tests.test_math.TestMath.test_breaks", Outcome.FAILED));
    assertThat(run.count(Outcome.ERROR)).as("the module that cannot load").isEqualTo(1);
    assertThat(Files.exists(dir.resolve("tests/__pycache__"))).isFalse();
  }

  @Test
  void prefersJUnitXmlWrittenByTheRun(@TempDir Path dir) throws Exception {
    String xml =
        "<testsuite><testcase classname='a.BTest' name='ok'/>"
            + "<testcase classname='a.BTest' name='bad'><failure/></testcase>"
            + "<testcase classname='a.BTest' name='later'><skipped/></testcase></testsuite>";
    TestRun run =
        runner.run("mkdir -p target && printf \"%s\" \"" + xml + "\" > target/TEST-a.xml", dir);
    assertThat(run.passed()).isTrue();
    assertThat(run.cases())
        .containsExactly(
            new TestCaseResult("a.BTest.ok", Outcome.PASSED),
            new TestCaseResult("a.BTest.bad", Outcome.FAILED),
            new TestCaseResult("a.BTest.later", Outcome.SKIPPED));
  }

  @Test
  void stopsACommandThatRunsTooLong(@TempDir Path dir) throws Exception {
    TestRun run = new TestCommandRunner(Duration.ofMillis(300)).run("sleep 20", dir);
    assertThat(run.timedOut()).isTrue();
    assertThat(run.passed()).isFalse();
    assertThat(run.elapsed()).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void brokenInNamesTestsThatPassedBeforeAndFailAfter() {
    TestRun before =
        new TestRun(
            1,
            false,
            Duration.ZERO,
            java.util.List.of(
                new TestCaseResult("a", Outcome.PASSED), new TestCaseResult("b", Outcome.FAILED)),
            "");
    TestRun after =
        new TestRun(
            1,
            false,
            Duration.ZERO,
            java.util.List.of(
                new TestCaseResult("a", Outcome.FAILED), new TestCaseResult("b", Outcome.FAILED)),
            "");
    assertThat(before.brokenIn(after)).containsExactly("a");
  }
}
