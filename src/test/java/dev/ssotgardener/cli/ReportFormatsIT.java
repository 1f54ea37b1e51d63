package dev.ssotgardener.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each report format from the packaged jar on the bundled example, as the README documents. */
class ReportFormatsIT {
  @Test
  void sarifMarkdownGithubAndHtml(@TempDir Path dir) throws Exception {
    assertThat(ssot("--format", "sarif")).contains("\"version\" : \"2.1.0\"", "ssotFingerprint/v1");
    assertThat(ssot("--format", "markdown", "--group-by", "file"))
        .startsWith("<!-- ssot-issue 1 of 5: SSOT-regression-")
        .contains("# SSOT Regression - Execution Engine Migration Validation Test Merge Conflict");
    assertThat(ssot("--format", "markdown", "--group-by", "truth"))
        .contains("<!-- ssot-issue 8 of 8");
    assertThat(ssot("--format", "github").lines())
        .hasSize(13)
        .allMatch(l -> l.startsWith("::error "));
    Path html = dir.resolve("report.html");
    assertThat(ssot("--format", "html", "--output", html.toString())).isEmpty();
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("id=\"findings\"");
  }

  private static String ssot(String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of("java", "-jar", "target/ssot.jar", "audit", "examples/golden-path"));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(1);
    return out;
  }
}
