package dev.ssotgardener.history;

import static dev.ssotgardener.history.HistoryWalkerTest.MOCK;
import static dev.ssotgardener.history.HistoryWalkerTest.POLICY;
import static dev.ssotgardener.history.HistoryWalkerTest.TEST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.finding.Fingerprint;
import dev.ssotgardener.policy.PolicyLoader;
import dev.ssotgardener.workspace.WalkOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's regression check: code removed while still imported shows up between two refs. */
class RefDiffTest {
  @TempDir Path dir;

  @Test
  void aDeletedLegacyModuleStillImportedIsIntroducedAndMovesAreNeitherNewNorFixed()
      throws Exception {
    Map<String, String> before = new HashMap<>();
    before.put("app/__init__.py", "");
    before.put("app/legacy.py", "def old():\n    return 1\n");
    before.put("app/user.py", "from app.legacy import old\n\n\ndef use():\n    return old()\n");
    before.put("tests/test_moved.py", MOCK + TEST);
    before.put("tests/test_gone.py", MOCK + "def test_b():\n    pass\n");
    Map<String, String> after = new HashMap<>(before);
    after.remove("app/legacy.py");
    after.remove("tests/test_gone.py");
    after.put("tests/unit/test_moved.py", after.remove("tests/test_moved.py"));
    ObjectId a;
    ObjectId b;
    try (ScriptedRepo repo = ScriptedRepo.init(dir)) {
      a = repo.commit("before", before);
      b = repo.commit("remove the legacy module", after, a);
    }
    Path policyFile = dir.resolve("policy.yml");
    Files.writeString(policyFile, POLICY);
    DiffResult diff =
        new RefDiff(new PolicyLoader().load(policyFile), WalkOptions.defaults())
            .diff(dir, a.name(), "main");

    assertThat(diff.from().commit()).isEqualTo(a.name());
    assertThat(diff.to().commit()).isEqualTo(b.name());
    assertThat(diff.introduced())
        .extracting(RefDiffTest::describe)
        .containsExactly("dangling-imports app/user.py:1");
    assertThat(diff.fixed())
        .extracting(RefDiffTest::describe)
        .containsExactly("mock-factory tests/test_gone.py:1");
  }

  @Test
  void aFolderReportsOnlyItsOwnFindingsResolvedAgainstTheWholeRepository() throws Exception {
    Map<String, String> before = new HashMap<>();
    before.put("lib/__init__.py", "");
    before.put("lib/a/__init__.py", "");
    before.put("lib/b/__init__.py", "");
    before.put("lib/b/core.py", "def present():\n    return 1\n");
    before.put("lib/a/user.py", "from lib.b.core import present\n");
    before.put("lib/b/other.py", "from lib.b.core import present\n");
    Map<String, String> after = new HashMap<>(before);
    after.put("lib/b/core.py", "def renamed():\n    return 1\n");
    ObjectId a;
    try (ScriptedRepo repo = ScriptedRepo.init(dir)) {
      a = repo.commit("before", before);
      repo.commit("rename present", after, a);
    }
    Path folder = Files.createDirectories(dir.resolve("lib/a"));
    Path policyFile = dir.resolve("policy.yml");
    Files.writeString(policyFile, "version: 1\n");

    DiffResult diff =
        new RefDiff(new PolicyLoader().load(policyFile), WalkOptions.defaults())
            .diff(folder, a.name(), "main");

    assertThat(diff.introduced())
        .extracting(RefDiffTest::describe)
        .containsExactly("dangling-imports user.py:1");
    assertThat(diff.introduced().get(0).fingerprint())
        .isEqualTo(
            Fingerprint.of("dangling-imports", "user.py", "from lib.b.core import present", 0));
    assertThat(diff.fixed()).isEmpty();
  }

  private static String describe(Finding f) {
    return f.truth() + " " + f.path() + ":" + f.span().startLine();
  }
}
