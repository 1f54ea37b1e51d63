package dev.ssotgardener.cli;

import dev.ssotgardener.audit.AuditProgress;
import dev.ssotgardener.history.WalkProgress;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * One status line on a terminal, redrawn in place at most a few times a second (a redraw per file
 * would cost more than the work it reports) and erased when the work is done.
 */
final class ProgressLine {
  private static final String ERASE = "\r\u001b[K";
  private static final Duration INTERVAL = Duration.ofMillis(200);

  private final PrintStream terminal;
  private final LongSupplier nanoTime;
  private final long intervalNanos;
  private long lastDrawn;
  private boolean shown;

  ProgressLine(PrintStream terminal, LongSupplier nanoTime, Duration interval) {
    this.terminal = terminal;
    this.nanoTime = nanoTime;
    this.intervalNanos = interval.toNanos();
  }

  /** A line on the run's stderr when it is a terminal that wants one ({@link Invocation}). */
  static Optional<ProgressLine> of(Invocation invocation) {
    return invocation.progressEnabled()
        ? Optional.of(new ProgressLine(invocation.err(), System::nanoTime, INTERVAL))
        : Optional.empty();
  }

  /**
   * Shows {@code text} unless the line was drawn less than the interval ago; {@code force} wins.
   */
  synchronized void show(String text, boolean force) {
    long now = nanoTime.getAsLong();
    if (shown && !force && now - lastDrawn < intervalNanos) {
      return;
    }
    terminal.print(ERASE + text);
    terminal.flush();
    lastDrawn = now;
    shown = true;
  }

  /** A history walk's progress as this line: first-parent commits visited, and the work so far. */
  WalkProgress history(String command) {
    return (done, total, audited, blobs) ->
        show(
            "%s: history %d/%d first-parent commits, %d commits audited, %d blobs parsed"
                .formatted(command, done, total, audited, blobs),
            done == total);
  }

  /** Erases the line, so what follows starts on a clean line. */
  synchronized void clear() {
    if (shown) {
      terminal.print(ERASE);
      terminal.flush();
      shown = false;
    }
  }

  /**
   * An audit's progress as this line: files with facts of those listed, then the rules.
   *
   * @param command names the run, {@code ssot audit}
   */
  AuditProgress audit(String command) {
    return (done, total) ->
        show(
            command
                + ": "
                + done
                + "/"
                + total
                + " files read"
                + (done == total ? ", checking the rules" : ""),
            done == total);
  }
}
