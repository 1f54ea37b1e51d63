package dev.ssotgardener.garden;

import static dev.ssotgardener.garden.GardenerTest.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.audit.AuditProgress;
import dev.ssotgardener.audit.FactsCache;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.PolicyLoader;
import dev.ssotgardener.workspace.RepositoryTop;
import dev.ssotgardener.workspace.WalkOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gardening a folder of a repository: names resolve against the whole repository (the folder's test
 * class inherits the canonical base from a sibling package, so it is no finding), only the folder's
 * issues are chosen, and the test command and tracker are the repository's.
 */
class SubfolderGardenTest {
  private static final String RUNNER_BLOCK =
      """


      if __name__ == "__main__":
          unittest.main()
      """;

  @TempDir Path repo;
  private final List<String> progress = new ArrayList<>();

  @Test
  void aFolderIsGardenedAgainstTheWholeRepository() throws Exception {
    write(
        repo,
        "ssot.yml",
        """
        version: 1
        tests: ["**/tests/test_*.py"]
        truths:
          - id: base
            kind: base-class
            canonical: shared.base.SSotBase
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

        suite = unittest.TestLoader().discover(".", pattern="test_*.py", top_level_dir=".")
        sys.exit(0 if unittest.TextTestRunner(verbosity=2).run(suite).wasSuccessful() else 1)
        """);
    write(repo, "shared/__init__.py", "");
    write(
        repo,
        "shared/base.py",
        "import unittest\n\n\nclass SSotBase(unittest.TestCase):\n    pass\n");
    String test =
        """
        import unittest

        from shared.base import SSotBase


        class TestX(SSotBase):
            def test_x(self):
                self.assertTrue(True)
        """;
    write(repo, "svc/__init__.py", "");
    write(repo, "svc/tests/__init__.py", "");
    write(repo, "svc/tests/test_x.py", test + RUNNER_BLOCK);
    // The same issue outside the folder: never chosen when gardening the folder.
    write(repo, "tests/__init__.py", "");
    write(repo, "tests/test_top.py", test.replace("TestX", "TestTop") + RUNNER_BLOCK);
    GardenerTest.commitAll(repo);
    Path folder = repo.resolve("svc");
    Policy policy = new PolicyLoader().loadFromRoot(repo).orElseThrow();
    Path top = RepositoryTop.of(folder, policy.source());

    GardenOutcome outcome =
        new Gardener(policy, WalkOptions.defaults(), "test", FactsCache.none(), Optional.empty())
            .run(top, folder, GardenerTest.options(0), progress::add, AuditProgress.none());

    assertThat(top).isEqualTo(repo.toAbsolutePath().normalize());
    assertThat(outcome.complete()).as(String.join("\n", progress)).isTrue();
    assertThat(progress.get(0)).startsWith("step 0 discovery: ").endsWith(", 1 finding)");
    assertThat(progress).contains("step 1 plan tests: 1 test file protect svc/tests/test_x.py");
    assertThat(outcome.tracker().orElseThrow()).startsWith(repo.resolve(".ssot/issues"));
    assertThat(Files.readString(outcome.tracker().orElseThrow()))
        .contains("(runner) → kept: tests pass")
        .doesNotContain("(base)");
    // The runner block goes, and with it the last use of unittest.
    assertThat(Files.readString(repo.resolve("svc/tests/test_x.py")))
        .isEqualTo(test.replace("import unittest\n", ""));
    assertThat(Files.readString(repo.resolve("tests/test_top.py"))).contains("unittest.main()");
  }
}
