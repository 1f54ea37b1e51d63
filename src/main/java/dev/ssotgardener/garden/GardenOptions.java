package dev.ssotgardener.garden;

import dev.ssotgardener.report.GroupBy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What one {@code ssot garden} run may do.
 *
 * @param issue the slug of the issue to work on; empty: the highest priority one
 * @param testCommand overrides the policy's {@code test-command}
 * @param timeout the time limit of each test run
 * @param maxCycles the most changes or conflict candidates the test-fix loop tries
 * @param recentDays how recent an introducing commit makes an issue a {@code recent-change}
 * @param issueNumber the issue the commit closes ({@code Fixes #N})
 * @param dryRun plan steps 0, 1 and 3 and write nothing, run nothing
 * @param allowDirty start even when tracked files have uncommitted changes
 * @param untilStep stop after this step (0–6); for resuming in steps
 * @param compileCommand overrides the policy's {@code compile-command}, the startup check's way to
 *     compile changed Java sources; empty: both empty compiles them in process
 * @param classpath the project's dependencies for the in-process compile; empty: none
 */
public record GardenOptions(
    GroupBy groupBy,
    Optional<String> issue,
    Optional<String> testCommand,
    Duration timeout,
    int maxCycles,
    int recentDays,
    Optional<Integer> issueNumber,
    boolean dryRun,
    boolean allowDirty,
    int untilStep,
    LocalDate today,
    Optional<String> compileCommand,
    List<Path> classpath) {
  public static final int LAST_STEP = 6;

  public GardenOptions {
    classpath = List.copyOf(classpath);
  }

  /**
   * The defaults of the CLI: file grouping, 10 minutes, 10 cycles, 14 days, all steps, Java
   * compiled in process without a classpath.
   */
  public static GardenOptions defaults(LocalDate today) {
    return new GardenOptions(
        GroupBy.FILE,
        Optional.empty(),
        Optional.empty(),
        Duration.ofMinutes(10),
        10,
        14,
        Optional.empty(),
        false,
        false,
        LAST_STEP,
        today,
        Optional.empty(),
        List.of());
  }
}
