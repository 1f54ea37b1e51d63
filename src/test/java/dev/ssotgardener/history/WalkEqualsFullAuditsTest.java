package dev.ssotgardener.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.MockFactoryPolicy;
import dev.ssotgardener.finding.Provenance;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.PolicyLoader;
import dev.ssotgardener.workspace.WalkOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk skips rules wherever a change cannot reach a followed finding; its answer must still be
 * the one of auditing every commit in full and following each finding as blame would. The scripted
 * history has side branches with body-only edits and added notes (skipped), a definition removed
 * elsewhere (a dangling import appears in a file that did not change), a project file that renames
 * every module below it for one commit, a rename, a file deleted and re-added, and main merged into
 * a side branch.
 */
class WalkEqualsFullAuditsTest {
  private static final String POLICY = MockFactoryPolicy.TEXT;
  private static final String MOCK = MockFactoryPolicy.MOCK_IMPORT;
  private static final String TEST = "def test_a():\n    assert True\n";
  private static final String UTIL = "app/util.py";
  private static final String USER = "app/user.py";

  @TempDir Path dir;

  @Test
  void provenanceAndTrendEqualPerCommitFullAudits() throws Exception {
    Map<String, ObjectId> c = new HashMap<>();
    try (ScriptedRepo repo = ScriptedRepo.init(dir)) {
      Map<String, String> base = new HashMap<>();
      base.put("app/__init__.py", "");
      base.put(UTIL, "def helper():\n    return 1\n");
      base.put(USER, "from app.util import helper\n");
      base.put("tests/test_a.py", TEST);
      base.put("tests/test_d.py", MOCK + TEST);
      Map<String, Map<String, String>> trees = new HashMap<>();
      UnaryOperator<Map<String, String>> copy = HashMap::new;
      trees.put("m1", base);
      c.put("m1", repo.commit("m1", base));

      Map<String, String> a1 = copy.apply(base);
      a1.put(UTIL, "def helper():\n    return 2\n");
      a1.put("tests/test_b.py", MOCK + TEST);
      c.put("a1", repo.commit("a1: edit a body, add a test with a mock", a1, c.get("m1")));
      Map<String, String> a2 = copy.apply(a1);
      a2.put(UTIL, "def other():\n    return 2\n");
      a2.put("tests/test_b.py", MOCK + TEST + "\n\ndef test_b():\n    pass\n");
      c.put("a2", repo.commit("a2: helper removed, user.py now dangles", a2, c.get("a1")));
      Map<String, String> a3 = copy.apply(a2);
      a3.put(UTIL, "def other():\n    return 3\n");
      a3.put("docs/a3.md", "# notes\n");
      c.put("a3", repo.commit("a3: edit a body, add notes", a3, c.get("a2")));
      // A project file makes app/ a source root (once it is no package itself): every module name
      // under it changes.
      Map<String, String> a3x = copy.apply(a3);
      a3x.put("app/setup.cfg", "[metadata]\n");
      a3x.remove("app/__init__.py");
      c.put("a3x", repo.commit("a3x: app is a project", a3x, c.get("a3")));
      Map<String, String> a3y = copy.apply(a3);
      c.put("a3y", repo.commit("a3y: app is not a project", a3y, c.get("a3x")));
      Map<String, String> a4 = copy.apply(a3y);
      a4.put("tests/unit/test_b.py", a4.remove("tests/test_b.py"));
      c.put("a4", repo.commit("a4: move test_b", a4, c.get("a3y")));

      Map<String, String> m2 = copy.apply(base);
      m2.put("tests/test_a.py", MOCK + TEST);
      c.put("m2", repo.commit("m2: mock in test_a", m2, c.get("m1")));
      Map<String, String> a5 = copy.apply(a4);
      a5.put("tests/test_a.py", MOCK + TEST);
      c.put("a5", repo.commit("a5: merge main into A", a5, c.get("a4"), c.get("m2")));
      Map<String, String> a6 = copy.apply(a5);
      a6.put("tests/test_a.py", MOCK + TEST + "# more\n");
      a6.put("docs/notes.txt", "n\n");
      c.put("a6", repo.commit("a6: edit test_a, add notes", a6, c.get("a5")));
      c.put("m3", repo.commit("m3: merge A", a6, c.get("m2"), c.get("a6")));

      Map<String, String> m4 = copy.apply(a6);
      m4.remove("tests/test_d.py");
      m4.put("docs/notes.txt", "m\n");
      c.put("m4", repo.commit("m4: drop test_d", m4, c.get("m3")));
      Map<String, String> b1 = copy.apply(a6);
      b1.remove("tests/test_d.py");
      c.put("b1", repo.commit("b1: drop test_d", b1, c.get("m3")));
      Map<String, String> b2 = copy.apply(b1);
      b2.put("tests/test_d.py", MOCK + TEST);
      b2.put("docs/other.txt", "o\n");
      c.put("b2", repo.commit("b2: test_d back", b2, c.get("b1")));
      Map<String, String> b3 = copy.apply(b2);
      b3.put(UTIL, "def other():\n    return 4\n");
      c.put("b3", repo.commit("b3: edit a body", b3, c.get("b2")));
      Map<String, String> m5 = copy.apply(b3);
      m5.put("docs/notes.txt", "m\n");
      c.put("m5", repo.commit("m5: merge B", m5, c.get("m4"), c.get("b3")));
      Map<String, String> m6 = copy.apply(m5);
      m6.put("tests/test_e.py", MOCK + TEST);
      c.put("m6", repo.commit("m6: test_e", m6, c.get("m5")));
    }

    Policy policy = policy();
    HistoryReport walked =
        new HistoryWalker(policy, WalkOptions.defaults())
            .walk(dir, "HEAD", Optional.empty(), 1000, WalkProgress.none());
    try (FullAuditHistory reference = new FullAuditHistory(dir, policy)) {
      assertThat(walked.history().byFingerprint())
          .isEqualTo(reference.provenance(walked.result().findings()));
      assertThat(walked.history().trend()).isEqualTo(reference.trend());
    }

    Map<String, String> subjects =
        walked.result().findings().stream()
            .collect(
                Collectors.toMap(
                    f -> f.truth() + " " + f.path(),
                    f -> describe(walked.history().byFingerprint().get(f.fingerprint()))));
    assertThat(subjects)
        .containsEntry("dangling-imports " + USER, "a3y: app is not a project / m3: merge A")
        .containsEntry(
            "mock-factory tests/unit/test_b.py",
            "a1: edit a body, add a test with a mock / m3: merge A")
        .containsEntry("mock-factory tests/test_a.py", "m2: mock in test_a")
        .containsEntry("mock-factory tests/test_d.py", "b2: test_d back / m5: merge B")
        .containsEntry("mock-factory tests/test_e.py", "m6: test_e");
    // The side commits a3 and b3 only edit a body and add notes: their findings are carried over.
    assertThat(walked.stats().commitsAudited()).isLessThan(walked.stats().commitsInRange());
  }

  private static String describe(Provenance provenance) {
    return provenance.introducedBy().subject()
        + provenance.mergedBy().map(m -> " / " + m.subject()).orElse("");
  }

  private Policy policy() throws Exception {
    Path file = Files.createTempFile("ssot", ".yml");
    try {
      Files.writeString(file, POLICY);
      return new PolicyLoader().load(file);
    } finally {
      Files.delete(file);
    }
  }
}
