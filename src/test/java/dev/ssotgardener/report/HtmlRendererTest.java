package dev.ssotgardener.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.finding.CommitRef;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.finding.HistoryFacts;
import dev.ssotgardener.finding.HistoryFacts.TrendPoint;
import dev.ssotgardener.policy.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path OUT = Path.of("target/html-report");
  private static final Pattern ROW = Pattern.compile("<tr data-truth=\"[^\"]*\"[^>]*>");

  private static GoldenPathExample example;

  @BeforeAll
  static void load() {
    example = new GoldenPathExample();
  }

  @Test
  void userContentIsEscaped() {
    Finding hostile =
        GoldenPathExample.finding(
            "mock-factory",
            "tests/<img src=x onerror=alert(1)>.py",
            1,
            Severity.ERROR,
            "message \"quoted\" & <b>bold</b>",
            "</code><script>alert('x')</script>");
    String html =
        page(
            new AuditResult("<root>", example.result.summary(), List.of(hostile)),
            HistoryFacts.none());
    assertThat(html)
        .doesNotContain("<img src=x", "<script>alert", "<b>bold", "<root>")
        .contains("tests/&lt;img src=x onerror=alert(1)&gt;.py")
        .contains("&lt;/code&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("message &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;");
  }

  @Test
  void selfContainedWithTotalsChartsAndOneRowPerFinding() {
    String html = page(example.result, HistoryFacts.none());
    assertThat(html)
        .contains("default-src 'none'")
        .doesNotContain("http://", "https://", "src=\"//")
        .contains("id=\"by-truth\"", "id=\"by-directory\"")
        .doesNotContain("id=\"trend\"");
    assertThat(ROW.matcher(html).results().count()).isEqualTo(example.result.findings().size());
  }

  @Test
  void rendersInChromiumAndTheFilterNarrowsTheRows() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM),
        "Skipped: no " + CHROMIUM + " (install Debian's chromium; .ci/run does)");
    Files.createDirectories(OUT);
    Path file = OUT.resolve("report.html").toAbsolutePath();
    Files.writeString(file, page(example.result, trend()), StandardCharsets.UTF_8);
    String uri = file.toUri().toString();

    Chromium all = chromium("--dump-dom", uri);
    int total = example.result.findings().size();
    assertThat(visibleRows(all.stdout)).isEqualTo(total);
    assertThat(all.stdout)
        .contains("id=\"shown\">" + total + " of " + total + "<", "id=\"trend\"", "<polyline");

    Chromium filtered = chromium("--dump-dom", uri + "#truth=mock-factory");
    assertThat(visibleRows(filtered.stdout)).as("the Python and the Java import").isEqualTo(2);
    assertThat(filtered.stdout).contains("id=\"shown\">2 of " + total + "<");

    Chromium text = chromium("--dump-dom", uri + "#filter=unittest&sort=line&order=desc");
    assertThat(text.stdout).contains("id=\"shown\">3 of " + total + "<");
    List<Integer> lines = new ArrayList<>();
    Pattern.compile("<td data-sort=\"(\\d+)\">")
        .matcher(text.stdout)
        .results()
        .forEach(m -> lines.add(Integer.parseInt(m.group(1))));
    assertThat(lines).hasSize(total).isSortedAccordingTo((a, b) -> b - a);

    Path screenshot = OUT.resolve("report.png").toAbsolutePath();
    chromium("--screenshot=" + screenshot, "--window-size=1280,1400", uri);
    assertThat(screenshot).isNotEmptyFile();

    for (Chromium run : List.of(all, filtered, text)) {
      assertThat(run.stderr.lines().filter(l -> l.contains(":CONSOLE")).toList())
          .as("console messages")
          .isEmpty();
    }
  }

  private static HistoryFacts trend() {
    List<TrendPoint> points = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      points.add(
          new TrendPoint(
              new CommitRef("%040d".formatted(i), "dev", "2025-09-1" + i, "commit <" + i + ">"),
              3 + i));
    }
    return new HistoryFacts(Map.of(), points);
  }

  private static String page(AuditResult result, HistoryFacts history) {
    return GoldenPathExample.render(new HtmlRenderer(example.context(history), "0.1.0"), result);
  }

  private static long visibleRows(String dom) {
    return ROW.matcher(dom).results().filter(m -> !m.group().contains("hidden")).count();
  }

  private record Chromium(String stdout, String stderr) {}

  private static Chromium chromium(String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-extensions",
                "--disable-dev-shm-usage",
                "--enable-logging=stderr",
                "--v=0"));
    command.addAll(List.of(args));
    Path stdout = Files.createTempFile(OUT, "chromium", ".out");
    Path stderr = Files.createTempFile(OUT, "chromium", ".err");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("chromium did not finish in 60 s: " + command);
    }
    Chromium run = new Chromium(Files.readString(stdout), Files.readString(stderr));
    Files.delete(stdout);
    Files.delete(stderr);
    assertThat(process.exitValue()).as(run.stderr).isZero();
    return run;
  }
}
