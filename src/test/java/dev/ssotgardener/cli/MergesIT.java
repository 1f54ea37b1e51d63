package dev.ssotgardener.cli;

import static dev.ssotgardener.cli.SsotJar.ssot;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ssotgardener.cli.SsotJar.Run;
import dev.ssotgardener.history.ScriptedRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ssot merges} and the lossy merges of {@code ssot diff}, on a scripted repository. */
class MergesIT {
  private static final String BASE =
      "import os\n\n\ndef url(env):\n    u = env.get('A')\n    return u\n";
  private static final String OURS = BASE.replace("'A'", "'B'");
  private static final String THEIRS = BASE.replace("env.get", "os.environ.get");

  @TempDir Path temp;
  private Path dir;
  private ObjectId base;
  private ObjectId merge;

  @BeforeEach
  void mergeKeepingNeitherSide() throws Exception {
    dir = temp.resolve("my repo");
    Files.createDirectories(dir);
    try (ScriptedRepo repo = ScriptedRepo.init(dir)) {
      base = repo.commit("base", Map.of("app/url.py", BASE));
      ObjectId ours = repo.commit("ours", Map.of("app/url.py", OURS), base);
      ObjectId theirs = repo.commit("theirs", Map.of("app/url.py", THEIRS), base);
      merge =
          repo.commit(
              "Merge theirs",
              Map.of("app/url.py", BASE.replace("    u = env.get('A')\n", "")),
              ours,
              theirs);
    }
  }

  @Test
  void textShowsBothSidesLostLinesAndFails() throws Exception {
    Run run = ssot("merges", dir.toString());

    assertThat(run.exit).as(run.stderr).isEqualTo(1);
    String id = merge.name().substring(0, 10);
    assertThat(run.stdout)
        .startsWith(
            "error[lossy-merge/dropped-both]: merge " + id + " (Merge theirs) kept neither side")
        .contains("  --> app/url.py:5\n")
        .contains(" lost:\n    -     u = env.get('B')\n")
        .contains(" lost:\n    -     u = os.environ.get('A')\n")
        .contains(
            "Hunks: 0 kept-ours, 0 kept-theirs, 0 kept-both, 0 edited, 1 dropped-both, 0"
                + " markers-committed, 0 unaligned; 0 whole-side files.")
        .contains("Found 1 lossy-merge findings (1 dropped-both, 0 whole-side).");
  }

  @Test
  void jsonSarifAndMarkdownCarryTheFinding() throws Exception {
    Run json = ssot("merges", dir.toString(), "--format", "json");
    assertThat(json.exit).as(json.stderr).isEqualTo(1);
    JsonNode report = new ObjectMapper().readTree(json.stdout);
    assertThat(report.at("/merges/examined").asInt()).isEqualTo(1);
    assertThat(report.at("/merges/conflicted").asInt()).isEqualTo(1);
    assertThat(report.at("/hunks/dropped-both").asInt()).isEqualTo(1);
    assertThat(report.at("/findings/0/truth").asText()).isEqualTo("lossy-merge");
    assertThat(report.at("/findings/0/loss").asText()).isEqualTo("dropped-both");
    assertThat(report.at("/findings/0/path").asText()).isEqualTo("app/url.py");
    assertThat(report.at("/findings/0/line").asInt()).isEqualTo(5);
    assertThat(report.at("/findings/0/merge/commit").asText()).isEqualTo(merge.name());
    assertThat(report.at("/findings/0/ours/lost/0").asText()).isEqualTo("    u = env.get('B')");
    assertThat(report.at("/findings/0/theirs/lost/0").asText())
        .isEqualTo("    u = os.environ.get('A')");

    Run sarif = ssot("merges", dir.toString(), "--format", "sarif");
    JsonNode log = new ObjectMapper().readTree(sarif.stdout);
    JsonNode result = log.at("/runs/0/results/0");
    assertThat(result.at("/ruleId").asText()).isEqualTo("lossy-merge");
    assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .endsWith("app/url.py");
    assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(5);

    Run markdown = ssot("merges", dir.toString(), "--format", "markdown");
    assertThat(markdown.stdout)
        .contains("## `app/url.py:5` dropped-both (error)")
        .contains("```diff\n-     u = env.get('B')\n```")
        .contains("```diff\n-     u = os.environ.get('A')\n```");
  }

  @Test
  void sinceAndDiffLookOnlyAtTheMergesOfTheRange() throws Exception {
    Run since = ssot("merges", dir.toString(), "--since", merge.name());
    assertThat(since.exit).as(since.stderr).isZero();
    assertThat(since.stdout).contains("Examined 0 merges of 0 commits");

    Run diff = ssot("diff", base.name() + "..HEAD", dir.toString(), "--format", "json");
    assertThat(diff.exit).as(diff.stderr).isEqualTo(1);
    JsonNode changes = new ObjectMapper().readTree(diff.stdout);
    assertThat(changes.at("/introduced/0/truth").asText()).isEqualTo("lossy-merge");
    assertThat(changes.get("introduced")).hasSize(1);
  }

  @Test
  void checksOffLeavesTheCountsWithoutFindings() throws Exception {
    Files.writeString(dir.resolve("ssot.yml"), "version: 1\nchecks:\n  lossy-merge: off\n");
    Run run = ssot("merges", dir.toString());
    assertThat(run.exit).as(run.stderr).isZero();
    assertThat(run.stdout).contains("1 dropped-both").contains("Found 0 lossy-merge findings");
  }

  @Test
  void badInputIsOneLineAndExitTwo() throws Exception {
    Path plain = temp.resolve("not a repo");
    Files.createDirectories(plain);
    Run notRepo = ssot("merges", plain.toString());
    assertThat(notRepo.exit).isEqualTo(2);
    assertThat(notRepo.stderr.strip()).isEqualTo("ssot: " + plain + ": not a git repository");

    Run badRev = ssot("merges", dir.toString(), "--since", "no-such-branch");
    assertThat(badRev.exit).isEqualTo(2);
    assertThat(badRev.stderr.strip()).isEqualTo("ssot: no-such-branch: unknown revision");
  }
}
