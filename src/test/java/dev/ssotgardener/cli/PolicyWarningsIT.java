package dev.ssotgardener.cli;

import static dev.ssotgardener.cli.SsotJar.ssot;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ssotgardener.cli.SsotJar.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A policy glob that matches no file is a warning on stderr, and changes nothing else. */
class PolicyWarningsIT {
  @Test
  void aGlobMatchingNoFileIsNamedOnStderrOnly(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("core/src/test/java"));
    Files.writeString(dir.resolve("core/src/test/java/ATest.java"), "import java.io.File;\n");
    String truths =
        "truths:\n  - id: no-file\n    kind: import\n    forbids: [java.io.File]\n    scope: tests\n";
    Files.writeString(
        dir.resolve("ssot.yml"), "version: 1\ntests: ['/src/test/java/**']\n" + truths);

    Run anchored = ssot("audit", dir.toString(), "--format", "json");

    assertThat(anchored.stderr)
        .isEqualTo(
            "ssot: warning: %s:2:9: tests[0]: \"/src/test/java/**\" matches no file%n"
                .formatted(dir.resolve("ssot.yml")));
    assertThat(anchored.exit).isZero();
    assertThat(new ObjectMapper().readTree(anchored.stdout).get("findings")).isEmpty();

    Files.writeString(
        dir.resolve("ssot.yml"), "version: 1\ntests: ['**/src/test/java/**']\n" + truths);
    Run matching = ssot("audit", dir.toString(), "--format", "json");

    assertThat(matching.stderr).isEmpty();
    assertThat(matching.exit).isEqualTo(1);
  }
}
