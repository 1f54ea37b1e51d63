package dev.ssotgardener.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssotgardener.cli.ExternalProcess.Outputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher with its daemon against the launcher without ({@code SSOT_DAEMON=0}): the same bytes
 * on stdout and stderr and the same exit code, for reports in every format, errors, relative paths
 * seen from another folder, and runs at once; a killed client leaves nothing running; a writing run
 * goes back to a JVM of its own. Each test has a private daemon folder ({@code XDG_RUNTIME_DIR}),
 * and the client runs with {@code SSOT_DAEMON_DEBUG=1}, so a run that fell back instead of being
 * served says so on stderr and differs.
 */
class DaemonIT {
  private static final Path LAUNCHER = Path.of("ssot").toAbsolutePath();
  private static final Path EXAMPLE = Path.of("examples/golden-path").toAbsolutePath();

  @TempDir Path runtime;
  @TempDir Path work;

  @BeforeEach
  void needsTheClient() {
    assumeTrue(Files.isExecutable(Path.of("target/ssot-client")), "no C compiler built it");
  }

  @AfterEach
  void stopDaemons() throws Exception {
    run(work, Map.of(), "daemon", "stop");
  }

  @Test
  void reportsTheBundledExampleAsAJvmOfItsOwnDoes() throws Exception {
    Path root = EXAMPLE.getParent().getParent();
    for (String format : List.of("json", "text", "sarif", "markdown", "github", "html")) {
      same(root, "audit", "examples/golden-path", "--format", format);
    }
    same(EXAMPLE, "audit", "--format", "json");
    same(EXAMPLE.resolve("app"), "audit", "..", "--format", "sarif");
    same(root, "audit", "examples/golden-path", "--fail-on", "never");
    same(root, "audit", "examples/golden-path", "--policy", "hooks/conflicts-only.yml");
    assertThat(daemonStatus()).contains("1 running");
  }

  @Test
  void reportsAFixtureWithFindingsAndAPolicyWarning() throws Exception {
    Path repo = work.resolve("repo");
    Files.createDirectories(repo.resolve("core/src/test/java"));
    Files.writeString(
        repo.resolve("core/src/test/java/ATest.java"),
        "import java.io.File;\nclass ATest { File f; }\n");
    Files.writeString(
        repo.resolve("ssot.yml"),
        "version: 1\ntests: ['/src/test/java/**', '**/src/test/java/**']\ntruths:\n"
            + "  - id: no-file\n    kind: import\n    canonical: java.nio.file.Path\n"
            + "    forbids: [java.io.File]\n");
    for (String format : List.of("json", "text", "sarif")) {
      Outputs run = same(work, "audit", "repo", "--format", format);
      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.stderr()).contains("repo/ssot.yml:2:9:");
    }
    same(repo, "audit", "--format", "json", "--output", "out/report.json");
    same(repo.resolve("core"), "rule", "no-file", "--root", "..");
    same(work, "rule");
    same(work, "rule", "import", "--format", "json");
  }

  @Test
  void failsAsAJvmOfItsOwnDoes() throws Exception {
    Path broken = work.resolve("broken");
    Files.createDirectories(broken);
    Files.writeString(
        broken.resolve("ssot.yml"), "version: 1\ntruths:\n  - id: x\n    kind: nope\n");
    Outputs malformed = same(work, "audit", "broken");
    assertThat(malformed.exit()).isEqualTo(2);
    assertThat(malformed.stderr()).startsWith("ssot: broken/ssot.yml:4:");
    same(work, "audit", "broken", "--policy", "missing.yml");
    same(work, "audit", "nowhere");
    same(work, "audit", "--bogus");
    same(work, "audit", "--help");
    same(work, "rule", "no-such-kind");
    same(EXAMPLE, "audit", ".", "--baseline", "missing.json");
    Outputs clean = same(broken.getParent(), "audit", ".", "--policy", "broken/../clean.yml");
    assertThat(clean.exit()).isEqualTo(2);
  }

  @Test
  void writesTheReportFileWhereTheClientIs() throws Exception {
    Path plain = work.resolve("plain");
    Path served = work.resolve("served");
    Files.createDirectories(plain);
    Files.createDirectories(served);
    Outputs a = runPlain(plain, "audit", EXAMPLE.toString(), "--format", "json", "--output", "r");
    Outputs b =
        run(served, debug(), "audit", EXAMPLE.toString(), "--format", "json", "--output", "r");
    assertThat(b).isEqualTo(a);
    assertThat(Files.readString(served.resolve("r")))
        .isEqualTo(Files.readString(plain.resolve("r")));
  }

  @Test
  void servesClientsAtOnce() throws Exception {
    List<Path> repos = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Path repo = work.resolve("repo" + i);
      Files.createDirectories(repo.resolve("pkg"));
      for (int f = 0; f <= i; f++) {
        Files.writeString(repo.resolve("pkg/m" + f + ".py"), "import optparse\nimport pkg.gone\n");
      }
      Files.writeString(
          repo.resolve("ssot.yml"),
          "version: 1\ntruths:\n  - id: no-optparse\n    kind: import\n"
              + "    canonical: argparse\n    forbids: [optparse]\n");
      repos.add(repo);
    }
    List<Outputs> expected = new ArrayList<>();
    for (Path repo : repos) {
      expected.add(runPlain(repo, "audit", ".", "--format", "json"));
    }
    run(work, debug(), "rule"); // starts the daemon, so the runs below meet one
    ExecutorService pool = Executors.newFixedThreadPool(repos.size());
    try {
      for (int round = 0; round < 3; round++) {
        List<Future<Outputs>> served = new ArrayList<>();
        for (Path repo : repos) {
          served.add(pool.submit(() -> run(repo, debug(), "audit", ".", "--format", "json")));
        }
        for (int i = 0; i < repos.size(); i++) {
          assertThat(served.get(i).get(2, TimeUnit.MINUTES)).isEqualTo(expected.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aKilledClientLeavesNothingRunning() throws Exception {
    Path big = work.resolve("big");
    for (int d = 0; d < 40; d++) {
      Path dir = Files.createDirectories(big.resolve("pkg" + d));
      for (int f = 0; f < 50; f++) {
        StringBuilder text = new StringBuilder("import os\n");
        for (int line = 0; line < 60; line++) {
          text.append("def f").append(line).append("(x):\n    return os.path.join(x, 'a')\n");
        }
        Files.writeString(dir.resolve("m" + f + ".py"), text);
      }
    }
    Map<String, String> env = new HashMap<>(debug());
    env.put("SSOT_DAEMON_IDLE", "2s");
    run(work, env, "rule");
    long pid = Long.parseLong(Files.readAllLines(info()).get(0));
    List<String> command = List.of(LAUNCHER.toString(), "audit", big.toString(), "--no-cache");
    ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
    builder.environment().putAll(env);
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process client = builder.start();
    Thread.sleep(700);
    assertThat(client.isAlive()).as("the audit was still running when killed").isTrue();
    client.descendants().forEach(ProcessHandle::destroyForcibly); // the native client
    client.destroyForcibly();
    client.waitFor(1, TimeUnit.MINUTES);

    // A request still running (or stuck) would keep the daemon from idling out.
    assertThat(ProcessHandle.of(pid).map(p -> p.onExit().orTimeout(2, TimeUnit.MINUTES)))
        .hasValueSatisfying(exit -> assertThat(exit.join().isAlive()).isFalse());
    same(EXAMPLE, "audit", "--format", "json");
  }

  @Test
  void writingRunsGoBackToAJvmOfTheirOwn() throws Exception {
    Path out = work.resolve("shard.bin");
    Outputs sharded =
        run(
            work,
            debug(),
            "audit",
            EXAMPLE.toString(),
            "--shard",
            "1/2",
            "--output",
            out.toString());
    assertThat(sharded.exit()).isZero();
    assertThat(sharded.stderr()).isEqualTo("ssot-client: not a read-only command\n");
    assertThat(out).isNotEmptyFile();
  }

  @Test
  void stopsAndStartsAgain() throws Exception {
    same(EXAMPLE, "audit", "--format", "json");
    assertThat(daemonStatus()).contains("1 running");
    assertThat(run(work, Map.of(), "daemon", "stop").stdout())
        .isEqualTo("ssot daemon: stopped 1\n");
    assertThat(daemonStatus()).contains("none running");
    same(EXAMPLE, "audit", "--format", "json");
    assertThat(daemonStatus()).contains("1 running");
  }

  /** Runs {@code args} in {@code dir} plain and through the daemon; both must say the same. */
  private Outputs same(Path dir, String... args) throws Exception {
    Outputs plain = runPlain(dir, args);
    Outputs served = run(dir, debug(), args);
    assertThat(served).as(String.join(" ", args) + " in " + dir).isEqualTo(plain);
    return served;
  }

  private Outputs runPlain(Path dir, String... args) throws Exception {
    return run(dir, Map.of("SSOT_DAEMON", "0"), args);
  }

  private static Map<String, String> debug() {
    return Map.of("SSOT_DAEMON_DEBUG", "1");
  }

  private Outputs run(Path dir, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    Map<String, String> all = new HashMap<>(env);
    all.put("XDG_RUNTIME_DIR", runtime.toString());
    List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
    command.addAll(List.of(args));
    return ExternalProcess.runApart(dir, all, command);
  }

  private String daemonStatus() throws Exception {
    return run(work, Map.of(), "daemon", "status").stdout();
  }

  private Path info() throws IOException {
    try (Stream<Path> files = Files.list(runtime.resolve("ssot"))) {
      return files.filter(f -> f.toString().endsWith(".info")).findFirst().orElseThrow();
    }
  }
}
