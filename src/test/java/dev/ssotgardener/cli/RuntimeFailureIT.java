package dev.ssotgardener.cli;

import static dev.ssotgardener.cli.SsotJar.ssotWithJvm;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runtime and the output failing: one line, an exit code of their own, no partial report. */
class RuntimeFailureIT {
  private static final String EXAMPLE = "examples/golden-path";

  @Test
  void outOfMemoryIsOneLineWithAHintAndExit4(@TempDir Path dir) throws Exception {
    Path stdout = dir.resolve("stdout");
    SsotJar.Run run =
        ssotWithJvm(
            // the example audits in 5 MB since facts share their strings; 3 MB runs out
            List.of("-Xmx3m", "-XX:+UseSerialGC"),
            stdout.toFile(),
            "audit",
            EXAMPLE,
            "--no-cache",
            "--format",
            "json",
            "--output",
            dir.resolve("report.json").toString());

    assertThat(run.exit).isEqualTo(4);
    assertThat(run.stderr.lines())
        .singleElement()
        .asString()
        .startsWith("ssot: out of memory")
        .contains("SSOT_JAVA_OPTS=-Xmx");
    assertThat(dir.resolve("report.json")).doesNotExist();
    assertThat(Files.readString(stdout)).isEmpty();
  }

  @Test
  void aJavaFileNestedFortyThousandDeepIsAuditedInBoundedNativeMemory(@TempDir Path dir)
      throws Exception {
    // tree-sitter grows its query cursor's states one element at a time, one state per pattern
    // and level; the parse's arena kept every smaller copy, so this file took gigabytes and
    // tree-sitter aborted the JVM. Under a 2.5 GB address-space limit it must now be audited.
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.writeString(repo.resolve("ssot.yml"), "version: 1\ntruths: []\n");
    String calls = "b.c(".repeat(40_000) + "1" + ")".repeat(40_000);
    Files.writeString(repo.resolve("Deep.java"), "class Deep { void m() { " + calls + "; } }\n");
    List<String> command =
        new ArrayList<>(List.of("bash", "-c", "ulimit -v 2500000 && exec \"$@\"", "bash"));
    command.addAll(
        SsotJar.command(
            List.of("-Xmx256m", "-XX:ReservedCodeCacheSize=64m", "-XX:+UseSerialGC"),
            "audit",
            repo.toString(),
            "--no-cache",
            "--format",
            "json",
            "--output",
            dir.resolve("report.json").toString()));
    Path log = dir.resolve("log");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    // glibc reserves 64 MB of address space per thread's malloc arena: without a cap on their
    // number the limit is spent before the audit starts.
    builder.environment().put("MALLOC_ARENA_MAX", "2");
    Process process = builder.start();

    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(Files.readString(log)).isZero();
    assertThat(Files.readString(dir.resolve("report.json"))).contains("\"parsed\" : 1");
  }

  @Test
  void aReportToAFullStandardOutputIsOneLineAndExit3() throws Exception {
    SsotJar.Run run =
        ssotWithJvm(
            List.of(),
            new File("/dev/full"),
            "audit",
            EXAMPLE,
            "--format",
            "json",
            "--fail-on",
            "never");

    assertThat(run.exit).isEqualTo(3);
    assertThat(run.stderr.lines())
        .singleElement()
        .asString()
        .startsWith("ssot: could not write to standard output");
  }

  @Test
  void printedLinesToAFullStandardOutputAreCheckedToo() throws Exception {
    SsotJar.Run run = ssotWithJvm(List.of(), new File("/dev/full"), "fix", EXAMPLE);

    assertThat(run.exit).isEqualTo(3);
    assertThat(run.stderr).contains("ssot: could not write to standard output");
  }

  @Test
  void anUnwritableOutputFileIsOneLineNamingItAndExit3(@TempDir Path dir) throws Exception {
    Path blocker = Files.writeString(dir.resolve("file"), "");
    SsotJar.Run run =
        ssotWithJvm(
            List.of(),
            dir.resolve("stdout").toFile(),
            "audit",
            EXAMPLE,
            "--output",
            blocker.resolve("report.txt").toString());

    assertThat(run.exit).isEqualTo(3);
    assertThat(run.stderr.lines())
        .singleElement()
        .asString()
        .isEqualTo(
            "ssot: "
                + blocker.resolve("report.txt")
                + ": "
                + blocker
                + " is in the way: not a folder; not written");
  }
}
