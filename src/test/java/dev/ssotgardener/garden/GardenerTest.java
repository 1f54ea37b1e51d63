package dev.ssotgardener.garden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssotgardener.TestTrees;
import dev.ssotgardener.audit.AuditProgress;
import dev.ssotgardener.audit.FactsCache;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.PolicyLoader;
import dev.ssotgardener.workspace.WalkOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GardenerTest {
  static final String CONFLICTED =
      "tests/unit/agents/test_execution_engine_migration_validation.py";
  static final String SLUG =
      "SSOT-regression-execution-engine-migration-validation-test-merge-conflict";

  @TempDir Path dir;
  private final List<String> progress = new ArrayList<>();

  @Test
  void takesTheSeedsConflictedTestFromNotLoadedToPassingAndWritesThePr() throws Exception {
    Path repo = goldenPathRepository(dir);

    GardenOutcome outcome = garden(repo, options(1057));

    assertThat(outcome.complete()).as(String.join("\n", progress)).isTrue();
    assertThat(outcome.slug()).contains(SLUG);
    String tracker = Files.readString(repo.resolve(".ssot/issues/" + SLUG + ".md"));
    for (int step = 0; step <= 6; step++) {
      assertThat(tracker).containsPattern("### Step " + step + ": .* ✅ COMPLETE");
    }
    assertThat(tracker)
        .contains("- [x] Unresolved merge conflict markers (line 16)")
        .contains("`" + CONFLICTED + "`: not-loaded → passing")
        .contains("[ours] → kept: tests pass")
        .containsPattern("\\[theirs\\] → rolled back: `" + CONFLICTED + "` failing")
        .contains("the commit says `Fixes #1057`");
    assertThat(tracker).doesNotContain("- [ ] Tests pass via");
    String pr = Files.readString(repo.resolve(".ssot/issues/" + SLUG + ".pr.md"));
    assertThat(pr)
        .contains("Fixes #1057")
        .contains("| before | 5 passed, 0 failed, 1 errors, 0 skipped (exit 1) |")
        .contains("| after | 8 passed, 0 failed, 0 errors, 0 skipped (exit 0) |")
        .contains("## What remains");
    assertThat(python(repo, "tests/unified_test_runner.py")).isZero();
    assertThat(Files.readString(repo.resolve(CONFLICTED))).doesNotContain("<<<<<<<");
    try (Git git = Git.open(repo.toFile())) {
      assertThat(git.getRepository().getBranch()).isEqualTo("ssot/" + SLUG);
      assertThat(git.log().setMaxCount(1).call().iterator().next().getFullMessage())
          .contains("Fixes #1057")
          .contains("conflict resolved to ours");
      assertThat(git.status().call().isClean()).isTrue();
    }
  }

  @Test
  void resumesAtTheFirstUnfinishedStep() throws Exception {
    Path repo = goldenPathRepository(dir);
    GardenOptions options = options(0);

    GardenOutcome paused = garden(repo, withUntil(options, 2));

    assertThat(paused.complete()).isFalse();
    String tracker = Files.readString(repo.resolve(".ssot/issues/" + SLUG + ".md"));
    assertThat(tracker).contains("### Step 2: Execute Test Plan ✅ COMPLETE");
    assertThat(tracker).contains("### Step 3: Plan Remediation 🔄 NEXT");
    assertThat(Files.readString(repo.resolve(CONFLICTED))).contains("<<<<<<<");

    progress.clear();
    GardenOutcome resumed = garden(repo, options);

    assertThat(resumed.complete()).isTrue();
    assertThat(progress.get(0)).isEqualTo("resuming " + SLUG + " at step 3");
    assertThat(progress).noneMatch(p -> p.startsWith("step 2"));
    GardenOptions named =
        new GardenOptions(
            options.groupBy(),
            Optional.of(SLUG),
            options.testCommand(),
            options.timeout(),
            options.maxCycles(),
            options.recentDays(),
            options.issueNumber(),
            false,
            false,
            options.untilStep(),
            options.today(),
            options.compileCommand(),
            options.classpath());
    assertThat(garden(repo, named).message()).startsWith("already done");
  }

  @Test
  void refusesADirtyWorkTreeAndAnExistingBranch() throws Exception {
    Path repo = goldenPathRepository(dir);
    Files.writeString(repo.resolve("README.md"), "changed\n");

    assertThatThrownBy(() -> garden(repo, options(0)))
        .isInstanceOf(GardenException.class)
        .hasMessage(
            "the work tree has uncommitted changes (README.md); commit or stash them, or pass"
                + " --allow-dirty");
    assertThat(repo.resolve(".ssot")).doesNotExist();

    try (Git git = Git.open(repo.toFile())) {
      git.checkout().setName("README.md").addPath("README.md").call();
      git.branchCreate().setName("ssot/" + SLUG).call();
    }
    Map<String, String> before = snapshot(repo);
    assertThatThrownBy(() -> garden(repo, options(0)))
        .hasMessage(
            "branch ssot/"
                + SLUG
                + " already exists; ssot garden never moves a branch: delete or rename it first");
    assertThat(snapshot(repo)).isEqualTo(before);
  }

  @Test
  void aDryRunPlansAndWritesNothing() throws Exception {
    Path repo = goldenPathRepository(dir);
    Map<String, String> before = snapshot(repo);

    GardenOutcome outcome = garden(repo, dryRun(options(0)));

    assertThat(outcome.complete()).isFalse();
    assertThat(snapshot(repo)).isEqualTo(before);
    assertThat(repo.resolve(".ssot")).doesNotExist();
    assertThat(progress)
        .contains("step 2 would run: python3 tests/unified_test_runner.py")
        .anyMatch(p -> p.startsWith("step 3 change 1: resolve the conflict in " + CONFLICTED))
        .anyMatch(p -> p.startsWith("step 1 test: " + CONFLICTED + " - is itself affected"));
  }

  @Test
  void aFixThatBreaksATestIsRolledBackAndTheOthersKept() throws Exception {
    Path repo = dir.resolve("tiny");
    write(
        repo,
        "ssot.yml",
        """
        version: 1
        tests: ["tests/test_*.py"]
        truths:
          - id: base
            kind: base-class
            canonical: tests.base.BaseCase
            replaces: unittest.TestCase
            scope: tests
          - id: runner
            kind: entrypoint
            canonical: run_tests.py
            forbids: [unittest.main]
        """);
    write(
        repo,
        "run_tests.py",
        """
        import sys
        import unittest

        suite = unittest.TestLoader().discover("tests", top_level_dir=".")
        sys.exit(0 if unittest.TextTestRunner(verbosity=2).run(suite).wasSuccessful() else 1)
        """);
    write(repo, "tests/__init__.py", "");
    write(
        repo,
        "tests/base.py",
        "import unittest\n\n\nclass BaseCase(unittest.TestCase):\n    pass\n");
    String original =
        """
        import unittest


        class TestA(unittest.TestCase):
            def test_x(self):
                self.assertTrue(True)


        if __name__ == "__main__":
            unittest.main()
        """;
    write(repo, "tests/test_a.py", original);
    // A test that depends on the runner block: removing it breaks this test.
    write(
        repo,
        "tests/test_guard.py",
        """
        from pathlib import Path

        from tests.base import BaseCase


        class TestGuard(BaseCase):
            def test_a_can_run_alone(self):
                self.assertIn("unittest.main()", Path("tests/test_a.py").read_text())
        """);
    commitAll(repo);

    GardenOutcome outcome = garden(repo, options(0));

    assertThat(outcome.complete()).as(String.join("\n", progress)).isTrue();
    String tracker = Files.readString(repo.resolve(".ssot/issues/" + outcome.slug().get() + ".md"));
    assertThat(tracker)
        .containsPattern("\\(base\\) → kept: tests pass")
        .containsPattern(
            "\\(runner\\) → rolled back: broke tests.test_guard.TestGuard.test_a_can_run_alone");
    String fixed = Files.readString(repo.resolve("tests/test_a.py"));
    assertThat(fixed).contains("class TestA(BaseCase)").contains("unittest.main()");
    assertThat(python(repo, "run_tests.py")).isZero();
  }

  @Test
  void whenSeveralConflictCandidatesPassOursIsKeptAndAReviewerMustConfirm() throws Exception {
    Path repo = dir.resolve("both-pass");
    write(
        repo,
        "ssot.yml",
        """
        version: 1
        tests: ["tests/test_*.py"]
        truths:
          - id: runner
            kind: entrypoint
            canonical: run_tests.py
            forbids: [unittest.main]
        """);
    write(
        repo,
        "run_tests.py",
        """
        import sys
        import unittest

        suite = unittest.TestLoader().discover("tests", top_level_dir=".")
        sys.exit(0 if unittest.TextTestRunner(verbosity=2).run(suite).wasSuccessful() else 1)
        """);
    write(repo, "tests/__init__.py", "");
    // Both sides (and both unions) are valid and pass: the tests cannot choose.
    write(
        repo,
        "tests/test_sum.py",
        """
        import unittest


        class TestSum(unittest.TestCase):
            def test_two(self):
        <<<<<<< HEAD
                self.assertEqual(1 + 1, 2)
        =======
                self.assertEqual(2 * 1, 2)
        >>>>>>> feature
        """);
    commitAll(repo);

    GardenOutcome outcome = garden(repo, options(0));

    assertThat(outcome.complete()).as(String.join("\n", progress)).isTrue();
    String kept = Files.readString(repo.resolve("tests/test_sum.py"));
    assertThat(kept).contains("self.assertEqual(1 + 1, 2)").doesNotContain("2 * 1", "<<<<<<<");
    String slug = outcome.slug().orElseThrow();
    String tracker = Files.readString(repo.resolve(".ssot/issues/" + slug + ".md"));
    assertThat(tracker)
        .contains("[ours] → kept: tests pass")
        .contains(
            "[theirs] → rolled back: tests pass too; not kept, ours is preferred and a reviewer"
                + " must confirm")
        .contains("conflict resolved to ours (reviewer must confirm)")
        .contains("**Reviewer must confirm:**")
        .contains("theirs, ours+theirs, theirs+ours also passed");
    String pr = Files.readString(repo.resolve(".ssot/issues/" + slug + ".pr.md"));
    assertThat(pr)
        .contains("**Reviewer must confirm:**")
        .contains("theirs:\n\n```diff\n")
        .contains("-        self.assertEqual(1 + 1, 2)\n+        self.assertEqual(2 * 1, 2)\n")
        .contains("ours+theirs:\n\n```diff\n")
        .contains(" self.assertEqual(1 + 1, 2)\n+        self.assertEqual(2 * 1, 2)\n")
        .contains("theirs+ours:\n\n```diff\n")
        .contains("+        self.assertEqual(2 * 1, 2)\n         self.assertEqual(1 + 1, 2)\n");
  }

  @Test
  void theStartupCheckRollsBackAJavaCandidateThatImportsARemovedClass() throws Exception {
    Path repo = dir.resolve("java");
    write(repo, "ssot.yml", "version: 1\ntest-command: \"true\"\n");
    write(
        repo,
        "src/main/java/com/acme/util/Sizes.java",
        "package com.acme.util;\n\npublic final class Sizes {}\n");
    String widget = "src/main/java/com/acme/app/Widget.java";
    write(
        repo,
        widget,
        """
        package com.acme.app;

        <<<<<<< HEAD
        import com.acme.util.Lengths;
        =======
        import com.acme.util.Sizes;
        >>>>>>> feature

        public class Widget {}
        """);
    commitAll(repo);

    GardenOutcome outcome = garden(repo, options(0));

    assertThat(outcome.complete()).as(String.join("\n", progress)).isTrue();
    assertThat(Files.readString(repo.resolve(widget)))
        .contains("import com.acme.util.Sizes;")
        .doesNotContain("Lengths");
    String tracker = Files.readString(repo.resolve(".ssot/issues/" + outcome.slug().get() + ".md"));
    assertThat(tracker)
        .contains(
            "[ours] → rolled back: startup check failed (tests: 0 passed, 0 failed, 0 errors, 0"
                + " skipped (exit 0); startup: compiling "
                + widget
                + " failed: "
                + widget
                + ":3: cannot find symbol (class Lengths, package com.acme.util))")
        .contains(
            "[theirs] → kept: tests pass (tests: 0 passed, 0 failed, 0 errors, 0 skipped"
                + " (exit 0); startup: compiled "
                + widget
                + ")")
        .contains(
            "- [x] Run startup tests (non-docker) - after each change, every changed Python module"
                + " imported and every changed Java source compiled: 1 of 4 cycles passed");
  }

  @Test
  void withoutGitStepsZeroToFiveWorkAndStepSixSaysWhy() throws Exception {
    Path repo = dir.resolve("plain");
    TestTrees.copy(Path.of("examples/golden-path"), repo);

    GardenOutcome outcome = garden(repo, options(0));

    assertThat(outcome.complete()).isFalse();
    assertThat(outcome.message())
        .isEqualTo(
            "stopped at step 6: not a git repository: no branch or commit made; the kept changes"
                + " are in the work tree");
    assertThat(python(repo, "tests/unified_test_runner.py")).isZero();
    assertThat(Files.readString(repo.resolve(".ssot/issues/" + SLUG + ".md")))
        .contains("### Step 5: Test Fix Loop ✅ COMPLETE")
        .contains("### Step 6: PR and Closure ⛔ STOPPED");
  }

  private GardenOutcome garden(Path repo, GardenOptions options) throws Exception {
    Policy policy = new PolicyLoader().loadFromRoot(repo).orElseGet(Policy::builtinOnly);
    return new Gardener(policy, WalkOptions.defaults(), "test", FactsCache.none(), Optional.empty())
        .run(repo, options, progress::add, AuditProgress.none());
  }

  static GardenOptions options(int issueNumber) {
    GardenOptions d = GardenOptions.defaults(LocalDate.of(2025, 9, 14));
    return new GardenOptions(
        d.groupBy(),
        d.issue(),
        d.testCommand(),
        Duration.ofMinutes(2),
        d.maxCycles(),
        d.recentDays(),
        issueNumber > 0 ? Optional.of(issueNumber) : Optional.empty(),
        false,
        false,
        d.untilStep(),
        d.today(),
        d.compileCommand(),
        d.classpath());
  }

  private static GardenOptions withUntil(GardenOptions o, int until) {
    return new GardenOptions(
        o.groupBy(),
        o.issue(),
        o.testCommand(),
        o.timeout(),
        o.maxCycles(),
        o.recentDays(),
        o.issueNumber(),
        o.dryRun(),
        o.allowDirty(),
        until,
        o.today(),
        o.compileCommand(),
        o.classpath());
  }

  static GardenOptions dryRun(GardenOptions o) {
    return new GardenOptions(
        o.groupBy(),
        o.issue(),
        o.testCommand(),
        o.timeout(),
        o.maxCycles(),
        o.recentDays(),
        o.issueNumber(),
        true,
        o.allowDirty(),
        o.untilStep(),
        o.today(),
        o.compileCommand(),
        o.classpath());
  }

  /** A copy of the bundled example, committed in a fresh git repository. */
  static Path goldenPathRepository(Path dir) throws Exception {
    Path repo = dir.resolve("golden-path");
    TestTrees.copy(Path.of("examples/golden-path"), repo);
    commitAll(repo);
    return repo;
  }

  static void commitAll(Path repo) throws Exception {
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      git.commit()
          .setMessage("initial")
          .setAuthor("t", "t@example.com")
          .setCommitter("t", "t@example.com")
          .setSign(false)
          .call();
    }
  }

  static void write(Path repo, String path, String text) throws IOException {
    Files.createDirectories(repo.resolve(path).getParent());
    Files.writeString(repo.resolve(path), text, StandardCharsets.UTF_8);
  }

  static Map<String, String> snapshot(Path repo) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(repo)) {
      for (Path f : all.filter(Files::isRegularFile).toList()) {
        files.put(
            repo.relativize(f).toString(),
            new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }

  static int python(Path repo, String script) throws Exception {
    Process p =
        new ProcessBuilder("python3", script)
            .directory(repo.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    return p.waitFor();
  }
}
