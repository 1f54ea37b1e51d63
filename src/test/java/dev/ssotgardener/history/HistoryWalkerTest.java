package dev.ssotgardener.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssotgardener.MockFactoryPolicy;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.finding.HistoryFacts.TrendPoint;
import dev.ssotgardener.finding.Provenance;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.PolicyLoader;
import dev.ssotgardener.workspace.WalkOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scripted git histories, with the introducing and merging commits asserted exactly. */
class HistoryWalkerTest {
  static final String POLICY = MockFactoryPolicy.TEXT;
  static final String MOCK = MockFactoryPolicy.MOCK_IMPORT;
  static final String TEST = "def test_a():\n    assert True\n";

  @TempDir Path dir;

  @Test
  void namesCommitThreeOfTenAcrossUnrelatedEditsAndMoves() throws Exception {
    String test = "tests/dir with spaces/test_a.py";
    List<ObjectId> commits = new ArrayList<>();
    try (ScriptedRepo repo = ScriptedRepo.init(dir)) {
      for (int i = 1; i <= 10; i++) {
        Map<String, String> files = new HashMap<>();
        files.put("app/__init__.py", "");
        files.put("app/core.py", "VALUE = " + i + "\n");
        String body =
            switch (i) {
              case 1, 2 -> TEST;
              case 3, 4, 5 -> MOCK + TEST;
              case 6, 7 -> "\"\"\"Edited above.\"\"\"\n" + MOCK + "\n" + TEST;
              default -> "\"\"\"Moved below.\"\"\"\n" + TEST + "\n\n" + MOCK;
            };
        files.put(test, body);
        commits.add(
            repo.commit(
                "commit " + i,
                files,
                i == 1 ? new ObjectId[0] : new ObjectId[] {commits.get(i - 2)}));
      }
    }
    HistoryReport report = walk(Optional.empty(), 1000);

    Finding finding = only(report, "mock-factory");
    assertThat(finding.path()).isEqualTo(test);
    Provenance provenance = report.history().byFingerprint().get(finding.fingerprint());
    assertThat(provenance.introducedBy().commit()).isEqualTo(commits.get(2).name());
    assertThat(provenance.introducedBy().subject()).isEqualTo("commit 3");
    assertThat(provenance.introducedBy().date()).isEqualTo("2024-01-01T11:00:00Z");
    assertThat(provenance.mergedBy()).isEmpty();
    assertThat(report.history().trend())
        .extracting(TrendPoint::findings)
        .containsExactly(0, 0, 1, 1, 1, 1, 1, 1, 1, 1);
    assertThat(report.history().trend().get(0).commit().commit()).isEqualTo(commits.get(0).name());
    // Ten commits, but each (path, blob) is parsed once: 10 core.py versions, 4 test bodies,
    // __init__.
    assertThat(report.stats().blobsAudited()).isEqualTo(15);
    assertThat(report.stats().commitsAudited()).isEqualTo(10);
  }

  @Test
  void maxCommitsAndSinceBoundTheWalk() throws Exception {
    List<ObjectId> commits = new ArrayList<>();
    try (ScriptedRepo repo = ScriptedRepo.init(dir)) {
      for (int i = 1; i <= 5; i++) {
        Map<String, String> files = Map.of("tests/test_a.py", MOCK + "X = " + i + "\n");
        commits.add(
            repo.commit(
                "commit " + i,
                files,
                i == 1 ? new ObjectId[0] : new ObjectId[] {commits.get(i - 2)}));
      }
    }
    HistoryReport limited = walk(Optional.empty(), 2);
    assertThat(introducedBy(limited, only(limited, "mock-factory")))
        .isEqualTo(commits.get(3).name());
    assertThat(limited.history().trend()).hasSize(2);

    HistoryReport since = walk(Optional.of(commits.get(1).name()), 1000);
    assertThat(introducedBy(since, only(since, "mock-factory"))).isEqualTo(commits.get(2).name());
    assertThat(since.history().trend()).hasSize(3);
  }

  @Test
  void followsARename() throws Exception {
    ObjectId first;
    try (ScriptedRepo repo = ScriptedRepo.init(dir)) {
      String content = MOCK + TEST;
      first = repo.commit("add test", Map.of("tests/test_old.py", content, "a.txt", "1"));
      ObjectId second =
          repo.commit("unrelated", Map.of("tests/test_old.py", content, "a.txt", "2"), first);
      ObjectId renamed =
          repo.commit("move test", Map.of("tests/unit/test_new.py", content, "a.txt", "2"), second);
      repo.commit("later", Map.of("tests/unit/test_new.py", content, "a.txt", "3"), renamed);
    }
    HistoryReport report = walk(Optional.empty(), 1000);
    Finding finding = only(report, "mock-factory");
    assertThat(finding.path()).isEqualTo("tests/unit/test_new.py");
    assertThat(introducedBy(report, finding)).isEqualTo(first.name());
  }

  @Test
  void conflictCommittedInsideASideBranchMergeNamesItAndTheMainLineMerge() throws Exception {
    String service = "app/service.py";
    Map<String, String> base = Map.of("app/__init__.py", "", service, "def run():\n    return 1\n");
    ObjectId sideMerge;
    ObjectId mainMerge;
    try (ScriptedRepo repo = ScriptedRepo.init(dir)) {
      ObjectId m1 = repo.commit("base", base);
      ObjectId m2 = repo.commit("main work", with(base, "README.md", "main\n"), m1);
      ObjectId s1 = repo.commit("side: two", with(base, service, "def run():\n    return 2\n"), m1);
      ObjectId o1 =
          repo.commit("other: three", with(base, service, "def run():\n    return 3\n"), m1);
      String conflicted =
          "def run():\n<<<<<<< HEAD\n    return 2\n=======\n    return 3\n>>>>>>> other\n";
      sideMerge = repo.commit("Merge other into side", with(base, service, conflicted), s1, o1);
      Map<String, String> side = with(with(base, service, conflicted), "docs/notes.txt", "n\n");
      ObjectId s3 = repo.commit("side: notes", side, sideMerge);
      mainMerge = repo.commit("Merge side into main", with(side, "README.md", "main\n"), m2, s3);
      repo.commit(
          "main: after",
          with(with(side, "README.md", "main 2\n"), "docs/notes.txt", "n\n"),
          mainMerge);
    }
    HistoryReport report = walk(Optional.empty(), 1000);
    Finding conflict = only(report, "conflict-markers");
    Provenance provenance = report.history().byFingerprint().get(conflict.fingerprint());
    assertThat(provenance.introducedBy().commit()).isEqualTo(sideMerge.name());
    assertThat(provenance.introducedBy().subject()).isEqualTo("Merge other into side");
    assertThat(provenance.mergedBy()).get().extracting(c -> c.commit()).isEqualTo(mainMerge.name());
    assertThat(report.history().trend())
        .extracting(TrendPoint::findings)
        .containsExactly(0, 0, 1, 1);
  }

  @Test
  void aDirectoryThatIsNotARepositoryIsAOneLineError() throws Exception {
    Files.writeString(dir.resolve("a.py"), "x = 1\n");
    assertThatThrownBy(() -> walk(Optional.empty(), 10))
        .isInstanceOf(HistoryException.class)
        .hasMessage(dir + ": not a git repository");
  }

  @Test
  void anUnknownRevisionIsAnError() throws Exception {
    try (ScriptedRepo repo = ScriptedRepo.init(dir)) {
      repo.commit("one", Map.of("a.py", "x = 1\n"));
    }
    assertThatThrownBy(
            () ->
                new HistoryWalker(policy(), WalkOptions.defaults())
                    .walk(dir, "nope", Optional.empty(), 5, WalkProgress.none()))
        .isInstanceOf(HistoryException.class)
        .hasMessageStartingWith("nope: unknown revision");
  }

  static Map<String, String> with(Map<String, String> files, String path, String content) {
    Map<String, String> copy = new HashMap<>(files);
    copy.put(path, content);
    return copy;
  }

  private HistoryReport walk(Optional<String> since, int maxCommits) throws Exception {
    return new HistoryWalker(policy(), WalkOptions.defaults())
        .walk(dir, "HEAD", since, maxCommits, WalkProgress.none());
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

  private static Finding only(HistoryReport report, String truth) {
    List<Finding> found =
        report.result().findings().stream().filter(f -> f.truth().equals(truth)).toList();
    assertThat(found).as(report.result().findings().toString()).hasSize(1);
    return found.get(0);
  }

  private static String introducedBy(HistoryReport report, Finding finding) {
    return report.history().byFingerprint().get(finding.fingerprint()).introducedBy().commit();
  }
}
