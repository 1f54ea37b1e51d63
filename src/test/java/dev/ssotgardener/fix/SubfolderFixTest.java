package dev.ssotgardener.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.PolicyLoader;
import dev.ssotgardener.workspace.WalkOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ssot fix} of a folder of a monorepo reads the repository as {@code ssot audit} of the
 * folder does: names resolve into sibling libraries, only the folder's files are fixed or refused.
 */
class SubfolderFixTest {
  @TempDir Path repo;

  private void write(String path, String text) throws IOException {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private Policy policy() throws Exception {
    write(
        "ssot.yml",
        """
        version: 1
        truths:
          - id: base-test-case
            kind: base-class
            canonical: [ns.b.testing.SSotBase]
            replaces: [unittest.TestCase]
        """);
    return new PolicyLoader().load(repo.resolve("ssot.yml"));
  }

  private void monorepo() throws IOException {
    Files.createDirectories(repo.resolve(".git"));
    write("libs/a/pyproject.toml", "[project]\nname = 'ns-a'\n");
    write("libs/b/pyproject.toml", "[project]\nname = 'ns-b'\n");
    write("libs/b/src/ns/b/__init__.py", "");
    write("libs/b/src/ns/b/core.py", "def present():\n    return 1\n");
    write("libs/b/src/ns/b/testing.py", "class SSotBase:\n    pass\n");
    write(
        "libs/b/tests/test_b.py",
        "import unittest\n\n\nclass TestB(unittest.TestCase):\n    def test_b(self):\n"
            + "        pass\n");
    write("libs/a/src/ns/a/__init__.py", "");
    write("libs/a/src/ns/a/app.py", "from ns.b.core import absent\n\nprint(absent)\n");
    write(
        "libs/a/tests/test_a.py",
        "import unittest\n\n\nclass TestA(unittest.TestCase):\n    def test_a(self):\n"
            + "        pass\n");
  }

  @Test
  void aFolderIsFixedAgainstTheWholeRepository() throws Exception {
    monorepo();
    Path folder = repo.resolve("libs/a");

    FixPlan plan = new Fixer(policy(), WalkOptions.defaults()).plan(repo, folder, FixRequest.all());

    assertThat(plan.changes()).extracting(FileChange::path).containsExactly("tests/test_a.py");
    assertThat(plan.changes().get(0).fixedText())
        .contains("from ns.b.testing import SSotBase")
        .contains("class TestA(SSotBase):");
    // resolved against libs/b, the missing name is found; libs/b's own finding is not the folder's
    assertThat(plan.refused())
        .extracting(r -> r.finding().path() + " " + r.finding().truth())
        .containsExactly("src/ns/a/app.py dangling-imports");
  }

  @Test
  void theFolderAloneSeesNeitherItsSiblingsNamesNorTheirFindings() throws Exception {
    monorepo();
    Path folder = repo.resolve("libs/a");

    FixPlan plan =
        new Fixer(policy(), WalkOptions.defaults()).plan(folder, folder, FixRequest.all());

    assertThat(plan.refused()).isEmpty();
    assertThat(plan.changes()).extracting(FileChange::path).doesNotContain("src/ns/a/app.py");
  }
}
