package dev.ssotgardener.cli;

import static dev.ssotgardener.cli.SsotJar.ssot;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ssotgardener.MockFactoryPolicy;
import dev.ssotgardener.cli.SsotJar.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The regression guard: a baseline so that only new findings fail. */
class BaselineIT {
  private static final String POLICY = MockFactoryPolicy.TEXT;

  @Test
  void onlyNewFindingsFailAndFixedOnesArePruned(@TempDir Path temp) throws Exception {
    Path dir = temp.resolve("a repo");
    Files.createDirectories(dir.resolve("tests"));
    Files.writeString(dir.resolve("ssot.yml"), POLICY);
    Files.writeString(dir.resolve("tests/test_old.py"), "from unittest.mock import patch\n");
    Files.writeString(dir.resolve("tests/test_kept.py"), "import unittest.mock\n");

    Run write = ssot("baseline", "write", dir.toString());
    assertThat(write.exit).as(write.stderr).isZero();
    Path file = dir.resolve(".ssot/baseline.json");
    assertThat(write.stdout.strip()).isEqualTo("Wrote 2 findings to " + file + ".");
    assertThat(Files.readAllLines(file)).hasSize(7);

    Run known = ssot("audit", dir.toString(), "--baseline", file.toString());
    assertThat(known.exit).as(known.stderr).isZero();
    assertThat(known.stdout).contains("No findings");
    assertThat(known.stderr).contains("2 known findings not shown, 0 stale entries");

    Files.writeString(dir.resolve("tests/test_new.py"), "from unittest.mock import MagicMock\n");
    Files.writeString(dir.resolve("tests/test_old.py"), "def test_fixed():\n    pass\n");
    Run fresh = ssot("audit", dir.toString(), "--baseline", file.toString());
    assertThat(fresh.exit).isEqualTo(1);
    assertThat(fresh.stdout).contains("tests/test_new.py").doesNotContain("test_kept.py");
    assertThat(fresh.stderr)
        .contains(
            "1 known findings not shown, 1 stale entries (`ssot baseline prune` removes them)");

    Run json = ssot("audit", dir.toString(), "--baseline", file.toString(), "--format", "json");
    JsonNode report = new ObjectMapper().readTree(json.stdout);
    assertThat(report.at("/baseline/new").asInt()).isEqualTo(1);
    assertThat(report.at("/baseline/known").asInt()).isEqualTo(1);
    assertThat(report.at("/baseline/stale/0/path").asText()).isEqualTo("tests/test_old.py");
    assertThat(report.get("findings"))
        .extracting(f -> f.get("baseline").asText())
        .containsExactly("known", "new");

    Run prune = ssot("baseline", "prune", dir.toString());
    assertThat(prune.exit).as(prune.stderr).isZero();
    assertThat(prune.stdout.strip())
        .isEqualTo("Removed 1 stale entries from " + file + "; 1 remain.");
    assertThat(Files.readString(file)).contains("tests/test_kept.py").doesNotContain("test_old");
  }

  @Test
  void aMissingOrBrokenBaselineIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.py"), "x = 1\n");
    Path missing = dir.resolve("none.json");
    Run run = ssot("audit", dir.toString(), "--baseline", missing.toString());
    assertThat(run.exit).isEqualTo(2);
    assertThat(run.stderr.strip()).isEqualTo("ssot: " + missing + ": baseline file not found");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"version\": 1, \"findings\": [");
    Run bad = ssot("baseline", "prune", dir.toString(), "--baseline", broken.toString());
    assertThat(bad.exit).isEqualTo(2);
    assertThat(bad.stderr.strip().lines()).hasSize(1);
    assertThat(bad.stderr).startsWith("ssot: " + broken + ":1:");
  }
}
