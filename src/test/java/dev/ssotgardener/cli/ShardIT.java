package dev.ssotgardener.cli;

import static dev.ssotgardener.cli.SsotJar.ssot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.cli.SsotJar.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ssot audit --shard I/N} and {@code ssot merge} through the real jar: the merged report is
 * the unsharded one byte for byte, with the same stderr lines and exit code, for each format and
 * with a baseline and {@code --fail-on}; bad shard results exit 2 with one line.
 */
class ShardIT {
  private static final String EXAMPLE = "examples/golden-path";

  @Test
  void mergedReportsAreTheUnshardedOnes(@TempDir Path dir) throws Exception {
    List<String> parts = shards(dir, 3);
    Path baseline = dir.resolve("baseline.json");
    Run write = ssot("baseline", "write", EXAMPLE, "--output", baseline.toString());
    assertThat(write.exit).as(write.stderr).isZero();
    Files.writeString(
        baseline,
        Files.readString(baseline).replaceFirst("\"truth\":\"mock-factory\"", "\"truth\":\"x\""));
    for (List<String> options :
        List.of(
            List.of("--format", "text"),
            List.of("--format", "json"),
            List.of("--format", "sarif"),
            List.of("--format", "github", "--fail-on", "never"),
            List.of("--format", "json", "--baseline", baseline.toString()),
            List.of(
                "--format", "text", "--baseline", baseline.toString(), "--fail-on", "warning"))) {
      Run whole = ssot(args(List.of("audit", EXAMPLE, "--no-cache"), options));
      List<String> merge = new ArrayList<>(List.of("merge"));
      merge.addAll(parts);
      Run merged = ssot(args(merge, options));
      assertThat(merged.stdout).as("%s", options).isEqualTo(whole.stdout).isNotEmpty();
      assertThat(merged.stderr).as("%s", options).isEqualTo(whole.stderr);
      assertThat(merged.exit).as("%s", options).isEqualTo(whole.exit);
    }
  }

  @Test
  void badShardResultsExitTwoWithOneLine(@TempDir Path dir) throws Exception {
    List<String> parts = shards(dir, 2);
    Run missing = ssot("merge", parts.get(0));
    assertThat(missing.exit).isEqualTo(2);
    assertThat(missing.stderr).isEqualTo("ssot: missing shard 2/2 (given: " + parts.get(0) + ")\n");
    Path cut = dir.resolve("cut.shard");
    byte[] bytes = Files.readAllBytes(Path.of(parts.get(1)));
    Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
    Run corrupt = ssot("merge", parts.get(0), cut.toString());
    assertThat(corrupt.exit).isEqualTo(2);
    assertThat(corrupt.stderr)
        .isEqualTo(
            "ssot: "
                + cut
                + ": not a whole ssot shard result (truncated or corrupt); write it again\n");
    Run noOutput = ssot("audit", EXAMPLE, "--shard", "1/2");
    assertThat(noOutput.exit).isEqualTo(2);
    assertThat(noOutput.stderr.lines()).hasSize(1);
    Run format =
        ssot("audit", EXAMPLE, "--shard", "1/2", "--output", cut.toString(), "--format", "json");
    assertThat(format.exit).isEqualTo(2);
    assertThat(format.stderr)
        .isEqualTo("ssot: --format belongs to `ssot merge`, which reports a sharded audit\n");
  }

  /** Shard results 1..count of the example, written with a cache folder of their own. */
  private static List<String> shards(Path dir, int count) throws Exception {
    List<String> parts = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      Path part = dir.resolve("shard-" + i + ".bin");
      Run run =
          ssot(
              "audit",
              EXAMPLE,
              "--shard",
              i + "/" + count,
              "--output",
              part.toString(),
              "--cache-dir",
              dir.resolve("cache").toString());
      assertThat(run.exit).as(run.stderr).isZero();
      assertThat(run.stdout + run.stderr).isEmpty();
      parts.add(part.toString());
    }
    assertThat(dir.resolve("cache")).isDirectory();
    return parts;
  }

  private static String[] args(List<String> head, List<String> tail) {
    List<String> all = new ArrayList<>(head);
    all.addAll(tail);
    return all.toArray(String[]::new);
  }
}
