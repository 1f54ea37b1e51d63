package dev.ssotgardener.cli;

import static dev.ssotgardener.cli.SsotJar.ssot;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ssotgardener.MockFactoryPolicy;
import dev.ssotgardener.cli.SsotJar.Run;
import dev.ssotgardener.history.ScriptedRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ssot history} and {@code ssot diff} on a scripted repository whose path has spaces. */
class HistoryIT {
  private static final String POLICY = MockFactoryPolicy.TEXT;
  private static final String TEST = "tests/dir with spaces/test_a.py";

  @TempDir Path temp;

  @Test
  void historyNamesTheIntroducingCommitAndDiffListsWhatChanged() throws Exception {
    Path dir = temp.resolve("my repo");
    Files.createDirectories(dir);
    Map<String, String> files = new HashMap<>();
    files.put("ssot.yml", POLICY);
    files.put(TEST, "def test_a():\n    pass\n");
    ObjectId clean;
    ObjectId broken;
    ObjectId head;
    try (ScriptedRepo repo = ScriptedRepo.init(dir)) {
      clean = repo.commit("clean", files);
      files.put(TEST, "from unittest.mock import patch\n\n\ndef test_a():\n    pass\n");
      broken = repo.commit("use mock", files, clean);
      files.put("README.md", "later\n");
      head = repo.commit("later", files, broken);
      repo.checkout(files);
    }

    Run history = ssot("history", dir.toString(), "--format", "json");
    assertThat(history.exit).as(history.stderr).isZero();
    JsonNode json = new ObjectMapper().readTree(history.stdout);
    assertThat(json.at("/findings/0/path").asText()).isEqualTo(TEST);
    assertThat(json.at("/findings/0/introducedBy/commit").asText()).isEqualTo(broken.name());
    assertThat(json.at("/findings/0/introducedBy/subject").asText()).isEqualTo("use mock");
    assertThat(json.at("/findings/0/mergedBy").isMissingNode()).isTrue();
    assertThat(json.get("trend")).hasSize(3);
    assertThat(json.at("/trend/0/findings").asInt()).isZero();
    assertThat(json.at("/trend/2/commit").asText()).isEqualTo(head.name());
    assertThat(json.at("/walk/commitsVisited").asInt()).isEqualTo(3);
    assertThat(json.at("/walk/commitsAudited").asInt()).isEqualTo(3);
    assertThat(json.at("/walk/filesJudged").asInt()).isBetween(2, 4);
    assertThat(json.at("/walk/walkMillis").asLong())
        .isGreaterThanOrEqualTo(json.at("/walk/headMillis").asLong());

    Run text = ssot("history", dir.toString());
    assertThat(text.stdout)
        .contains(TEST + ":1:1 error[mock-factory]")
        .contains("introduced by " + broken.name().substring(0, 10))
        .containsPattern("in \\d+\\.\\d s; auditing the head alone took \\d+\\.\\d s");

    Run diff = ssot("diff", clean.name() + "..HEAD", dir.toString(), "--format", "json");
    assertThat(diff.exit).as(diff.stderr).isEqualTo(1);
    JsonNode changes = new ObjectMapper().readTree(diff.stdout);
    assertThat(changes.get("from").asText()).isEqualTo(clean.name());
    assertThat(changes.get("to").asText()).isEqualTo(head.name());
    assertThat(changes.get("introduced")).hasSize(1);
    assertThat(changes.at("/introduced/0/truth").asText()).isEqualTo("mock-factory");
    assertThat(changes.get("fixed")).isEmpty();

    Run none = ssot("diff", broken.name() + ".." + head.name(), dir.toString());
    assertThat(none.exit).as(none.stderr).isZero();
    assertThat(none.stdout).contains(": 0 introduced, 0 fixed");
  }

  @Test
  void aDirectoryThatIsNotARepositoryIsOneLineAndExitTwo() throws Exception {
    Path dir = temp.resolve("not a repo");
    Files.createDirectories(dir);
    Run history = ssot("history", dir.toString());
    assertThat(history.exit).isEqualTo(2);
    assertThat(history.stderr.strip()).isEqualTo("ssot: " + dir + ": not a git repository");
    Run diff = ssot("diff", "a..b", dir.toString());
    assertThat(diff.exit).isEqualTo(2);
    assertThat(diff.stderr.strip().lines()).hasSize(1);
    Run badRange = ssot("diff", "main", dir.toString());
    assertThat(badRange.exit).isEqualTo(2);
    assertThat(badRange.stderr).contains("main: expected two revisions as A..B");
  }
}
