package dev.ssotgardener.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.audit.AuditProgress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
  private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
  private final AtomicLong clock = new AtomicLong();
  private final ProgressLine line =
      new ProgressLine(
          new PrintStream(screen, true, StandardCharsets.UTF_8),
          clock::get,
          Duration.ofMillis(200));

  @Test
  void redrawsInPlaceAtMostOncePerIntervalThenShowsTheEndAndErasesIt() {
    AuditProgress progress = line.audit("ssot audit");

    progress.filesRead(1, 4);
    clock.addAndGet(Duration.ofMillis(50).toNanos());
    progress.filesRead(2, 4);
    clock.addAndGet(Duration.ofMillis(200).toNanos());
    progress.filesRead(3, 4);
    clock.addAndGet(Duration.ofMillis(10).toNanos());
    progress.filesRead(4, 4);
    line.clear();

    assertThat(screen.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "\r\u001b[Kssot audit: 1/4 files read"
                + "\r\u001b[Kssot audit: 3/4 files read"
                + "\r\u001b[Kssot audit: 4/4 files read, checking the rules"
                + "\r\u001b[K");
  }

  @Test
  void aHistoryWalkShowsTheFirstParentCommitsVisited() {
    line.history("ssot garden").visited(3, 200, 5, 40);
    clock.addAndGet(Duration.ofMillis(500).toNanos());
    line.history("ssot garden").visited(200, 200, 230, 900);

    assertThat(screen.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "\r\u001b[Kssot garden: history 3/200 first-parent commits, 5 commits audited, 40"
                + " blobs parsed"
                + "\r\u001b[Kssot garden: history 200/200 first-parent commits, 230 commits"
                + " audited, 900 blobs parsed");
  }

  @Test
  void aLineNeverShownIsNotErased() {
    line.clear();
    assertThat(screen.size()).isZero();
  }
}
