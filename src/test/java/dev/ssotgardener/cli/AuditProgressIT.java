package dev.ssotgardener.cli;

import static dev.ssotgardener.cli.SsotJar.ssot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ssotgardener.cli.SsotJar.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ssot audit}'s progress line: on a terminal's stderr only, never in a report. */
class AuditProgressIT {
  @Test
  void noProgressWhenStderrIsNotATerminal() throws Exception {
    Run run = ssot("audit", "examples/golden-path", "--format", "json");

    assertThat(run.exit).isEqualTo(1);
    assertThat(run.stderr).isEmpty();
    assertThat(new ObjectMapper().readTree(run.stdout).at("/summary/files").asInt()).isPositive();
  }

  @Test
  void onATerminalTheLineIsDrawnOnStderrAndErasedWhileStdoutStaysJson(@TempDir Path dir)
      throws Exception {
    Path script = Path.of("/usr/bin/script");
    assumeTrue(Files.isExecutable(script), "util-linux script gives the run a terminal");
    Path json = dir.resolve("audit.json");
    Path screen = dir.resolve("screen.txt");
    String command = "java -jar target/ssot.jar audit examples/golden-path --format json > " + json;
    ProcessBuilder builder =
        new ProcessBuilder(List.of(script.toString(), "-qec", command, "/dev/null"))
            .redirectErrorStream(true)
            .redirectOutput(screen.toFile());
    // A user's terminal, even when this suite itself runs in CI (where progress is off).
    builder.environment().remove("CI");
    builder.environment().put("TERM", "xterm");
    Process process = builder.start();
    process.getOutputStream().close();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

    String shown = Files.readString(screen, StandardCharsets.UTF_8);
    assertThat(shown).contains("files read, checking the rules").endsWith("\r\u001b[K");
    String report = Files.readString(json, StandardCharsets.UTF_8);
    assertThat(report).doesNotContain("files read").doesNotContain("\u001b");
    assertThat(new ObjectMapper().readTree(report).at("/summary/files").asInt()).isPositive();
  }
}
