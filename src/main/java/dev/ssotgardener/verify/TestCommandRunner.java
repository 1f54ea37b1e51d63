package dev.ssotgardener.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the project's own test command in the repository with a time limit and reads what it
 * reports: JUnit XML files the run wrote, otherwise the runner's verbose output, and always the
 * exit code. The command runs without the publishing tokens ({@link CommandEnvironment}).
 */
public final class TestCommandRunner {
  private static final int TAIL_LINES = 60;

  private final Duration timeout;

  public TestCommandRunner(Duration timeout) {
    this.timeout = timeout;
  }

  public TestRun run(String command, Path workdir) throws IOException, InterruptedException {
    Path output = Files.createTempFile("ssot-test-run-", ".log");
    try {
      Instant started = Instant.now();
      ProcessBuilder builder =
          new ProcessBuilder("/bin/sh", "-c", command)
              .directory(workdir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(output.toFile());
      // Keep the repository clean of byte-code caches the audit would then have to skip.
      builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
      CommandEnvironment.withholdTokens(builder.environment());
      Process process = builder.start();
      process.getOutputStream().close();
      boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!finished) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
      }
      Duration elapsed = Duration.between(started, Instant.now());
      List<String> lines =
          new String(Files.readAllBytes(output), StandardCharsets.UTF_8).lines().toList();
      JUnitXmlParser.Report reports = junitReportsSince(workdir, started);
      List<TestCaseResult> cases = reports.cases();
      List<TestFailure> failures = new ArrayList<>(reports.failures());
      if (cases.isEmpty()) {
        cases = RunnerOutputParser.parse(lines);
      }
      // A failure the reports name is theirs; the output adds what they cannot (load errors).
      failures.addAll(FailureParser.parse(lines, workdir));
      String tail =
          String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
      return new TestRun(
          finished ? process.exitValue() : -1, !finished, elapsed, cases, tail, failures);
    } finally {
      Files.deleteIfExists(output);
    }
  }

  /**
   * JUnit XML reports ({@code TEST-*.xml}, {@code junit*.xml}: Surefire's {@code
   * target/surefire-reports}, Gradle's {@code build/test-results/**}) written during this run.
   */
  private static JUnitXmlParser.Report junitReportsSince(Path workdir, Instant started)
      throws IOException {
    List<TestCaseResult> cases = new ArrayList<>();
    List<TestFailure> failures = new ArrayList<>();
    FileTime since = FileTime.from(started.minusSeconds(1));
    try (Stream<Path> files = Files.walk(workdir, 6)) {
      List<Path> reports =
          files
              .filter(p -> !p.toString().contains("/.git/"))
              .filter(TestCommandRunner::isJUnitReport)
              .filter(p -> modifiedSince(p, since))
              .sorted()
              .toList();
      for (Path report : reports) {
        JUnitXmlParser.Report one = JUnitXmlParser.parse(report);
        cases.addAll(one.cases());
        failures.addAll(one.failures());
      }
    }
    return new JUnitXmlParser.Report(cases, failures);
  }

  private static boolean isJUnitReport(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".xml") && (name.startsWith("TEST-") || name.startsWith("junit"));
  }

  private static boolean modifiedSince(Path p, FileTime since) {
    try {
      return Files.getLastModifiedTime(p).compareTo(since) >= 0;
    } catch (IOException e) {
      return false;
    }
  }
}
