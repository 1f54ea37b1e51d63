package dev.ssotgardener.cli;

import static dev.ssotgardener.cli.SsotJar.ssot;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ssotgardener.cli.SsotJar.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy glob that matches no file is a warning on stderr, in the JSON report and among SARIF's
 * configuration notifications, and changes nothing else.
 */
class PolicyWarningsIT {
  @Test
  void aGlobMatchingNoFileIsAWarningBesideTheFindings(@TempDir Path dir) throws Exception {
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
    JsonNode json = new ObjectMapper().readTree(anchored.stdout);
    assertThat(json.get("findings")).isEmpty();
    assertThat(json.get("warnings")).hasSize(1);
    assertThat(json.at("/warnings/0/file").asText()).isEqualTo(dir.resolve("ssot.yml").toString());
    assertThat(json.at("/warnings/0/line").asInt()).isEqualTo(2);
    assertThat(json.at("/warnings/0/column").asInt()).isEqualTo(9);
    assertThat(json.at("/warnings/0/message").asText())
        .isEqualTo("tests[0]: \"/src/test/java/**\" matches no file");

    JsonNode sarif =
        new ObjectMapper().readTree(ssot("audit", dir.toString(), "--format", "sarif").stdout);
    JsonNode notification = sarif.at("/runs/0/invocations/0/toolConfigurationNotifications/0");
    assertThat(sarif.at("/runs/0/invocations/0/executionSuccessful").asBoolean()).isTrue();
    assertThat(notification.at("/level").asText()).isEqualTo("warning");
    assertThat(notification.at("/message/text").asText())
        .isEqualTo("tests[0]: \"/src/test/java/**\" matches no file");
    assertThat(notification.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo(dir.resolve("ssot.yml").toUri().toString());
    assertThat(notification.at("/locations/0/physicalLocation/region/startLine").asInt())
        .isEqualTo(2);

    Files.writeString(
        dir.resolve("ssot.yml"), "version: 1\ntests: ['**/src/test/java/**']\n" + truths);
    Run matching = ssot("audit", dir.toString(), "--format", "json");

    assertThat(matching.stderr).isEmpty();
    assertThat(matching.exit).isEqualTo(1);
    assertThat(new ObjectMapper().readTree(matching.stdout).get("warnings")).isEmpty();
  }
}
