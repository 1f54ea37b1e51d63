package dev.ssotgardener.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs another program (git, pre-commit, bash) in a folder; its output is merged, as a user sees
 * it.
 */
public final class ExternalProcess {
  private ExternalProcess() {}

  /** True when {@code program} is an executable on the PATH. */
  static boolean onPath(String program) {
    String path = System.getenv().getOrDefault("PATH", "");
    return List.of(path.split(":")).stream()
        .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
  }

  static Result run(Path dir, Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
    return new Result(process.exitValue(), output);
  }

  /** Checks that a command succeeded, showing its output when it did not. */
  static String ok(Path dir, String... command) throws IOException, InterruptedException {
    Result result = run(dir, Map.of(), command);
    assertThat(result.exit()).as(String.join(" ", command) + "\n" + result.output()).isZero();
    return result.output();
  }

  /**
   * Runs {@code command} in {@code dir} with {@code env} added, keeping stdout and stderr apart.
   */
  public static Outputs runApart(Path dir, Map<String, String> env, List<String> command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
    return new Outputs(
        process.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  record Result(int exit, String output) {}

  /** A finished program's exit code and its two output streams. */
  public record Outputs(int exit, String stdout, String stderr) {}
}
