package dev.ssotgardener.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real packaged jar, as a user does through {@code ./ssot}. */
final class SsotJar {
  private static final Path JAR = Path.of("target/ssot.jar");

  private SsotJar() {}

  static Run ssot(String... args) throws IOException, InterruptedException {
    return ssotWithInput("", args);
  }

  /** Runs with {@code input} on standard input (a pipe, not a terminal). */
  static Run ssotWithInput(String input, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    try (var stdin = process.getOutputStream()) {
      stdin.write(input.getBytes(StandardCharsets.UTF_8));
    }
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(
        process.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  /** One run's exit code and output; fields, so assertions read {@code run.exit}. */
  static final class Run {
    final int exit;
    final String stdout;
    final String stderr;

    Run(int exit, String stdout, String stderr) {
      this.exit = exit;
      this.stdout = stdout;
      this.stderr = stderr;
    }
  }
}
