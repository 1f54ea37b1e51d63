package dev.ssotgardener.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
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
    return run(input, new ProcessBuilder(command(List.of(), args)));
  }

  /** Runs with JVM options (a tiny heap) and standard output sent to {@code stdout}. */
  static Run ssotWithJvm(List<String> jvmOptions, File stdout, String... args)
      throws IOException, InterruptedException {
    return run("", new ProcessBuilder(command(jvmOptions, args)).redirectOutput(stdout));
  }

  /** The command line of the real jar, for tests that start (and kill) the process themselves. */
  static List<String> command(List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>(List.of("java"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    return command;
  }

  private static Run run(String input, ProcessBuilder builder)
      throws IOException, InterruptedException {
    Process process = builder.start();
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
