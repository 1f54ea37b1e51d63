package dev.ssotgardener.maven;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Builds the sample project (src/it/sample) with the README's plugin snippet, offline, with the
 * plugin installed into the local repository by pre-integration-test.
 */
class AuditMojoIT {
  private static final Path SAMPLE = Path.of("src/it/sample");
  private static final Path WORK = Path.of("target/it");
  private static final String MARKER = "<!-- README plugin snippet -->";

  @Test
  void verifyFailsTheBuildOnAFindingAndWritesTheReport() throws Exception {
    Path project = sample("finding");

    Build build = mvn(project, "verify");

    assertThat(build.exit).as(build.log).isEqualTo(1);
    assertThat(build.log)
        .contains("ssot-maven-plugin:0.1.0:audit (default) @ sample")
        .contains("error[environment]: uses java.lang.System.getenv; use com.example.Env.get")
        .contains("--> src/main/java/com/example/App.java:7:24")
        .contains("ssot: findings at or above failOn=error (listed above); report: ")
        .contains("BUILD FAILURE");
    Path sarif = project.resolve("target/ssot.sarif");
    assertThat(new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/results")).hasSize(1);
  }

  @Test
  void theGoalRunsAloneAndItsParametersAreUserProperties() throws Exception {
    Path project = sample("properties");

    Build never = mvn(project, "ssot:audit", "-Dssot.failOn=never");
    assertThat(never.exit).as(never.log).isZero();
    assertThat(never.log).contains("error[environment]").contains("BUILD SUCCESS");
    assertThat(project.resolve("target/ssot.sarif")).exists();

    Build missing = mvn(project, "ssot:audit", "-Dssot.baseline=none.json");
    assertThat(missing.exit).as(missing.log).isEqualTo(1);
    assertThat(missing.log)
        .contains(
            "ssot: " + project.toAbsolutePath().resolve("none.json") + ": baseline file not found")
        .contains("ssot audit could not run (exit 2)");

    Build skipped = mvn(project, "ssot:audit", "-Dssot.skip");
    assertThat(skipped.exit).as(skipped.log).isZero();
    assertThat(skipped.log).contains("ssot: skipped").doesNotContain("error[environment]");
  }

  @Test
  void aCompliantProjectBuilds() throws Exception {
    Path project = sample("clean");
    Path app = project.resolve("src/main/java/com/example/App.java");
    Files.writeString(app, Files.readString(app).replace("System.getenv(", "Env.get("));

    Build build = mvn(project, "verify");

    assertThat(build.exit).as(build.log).isZero();
    assertThat(build.log).contains("No findings").contains("BUILD SUCCESS");
    assertThat(project.resolve("target/ssot.sarif")).exists();
  }

  /** A fresh copy of the sample with the README's snippet in its POM. */
  private static Path sample(String name) throws IOException {
    Path target = WORK.resolve(name);
    if (Files.exists(target)) {
      try (Stream<Path> old = Files.walk(target)) {
        for (Path p : old.sorted((a, b) -> b.compareTo(a)).toList()) {
          Files.delete(p);
        }
      }
    }
    try (Stream<Path> files = Files.walk(SAMPLE)) {
      for (Path from : files.toList()) {
        Path to = target.resolve(SAMPLE.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    Path pom = target.resolve("pom.xml");
    String text = Files.readString(pom);
    assertThat(text).contains(MARKER);
    Files.writeString(pom, text.replace(MARKER, readmeSnippet()));
    return target;
  }

  /** The README's {@code <plugin>} block for this plugin. */
  private static String readmeSnippet() throws IOException {
    Matcher m =
        Pattern.compile("```xml\\n(.*?)```", Pattern.DOTALL)
            .matcher(Files.readString(Path.of("../README.md")));
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      if (m.group(1).contains("<artifactId>ssot-maven-plugin</artifactId>")) {
        blocks.add(m.group(1));
      }
    }
    assertThat(blocks).hasSize(1);
    return blocks.get(0);
  }

  /** Maven as a user runs it, offline: everything it needs is in the local repository by now. */
  private static Build mvn(Path project, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(),
                "-o",
                "-B",
                "-ntp",
                "-Dstyle.color=never",
                "-Dmaven.repo.local=" + System.getProperty("maven.repo.local")));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Build(process.exitValue(), log);
  }

  private record Build(int exit, String log) {}
}
