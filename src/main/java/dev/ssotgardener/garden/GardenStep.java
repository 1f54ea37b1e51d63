package dev.ssotgardener.garden;

import dev.ssotgardener.report.ProcessStep;
import java.io.IOException;

/**
 * One step of the seed's process. {@link #run} does it and records what it did in the tracker;
 * {@link #describe} says what it would do and changes nothing, which is what a dry run prints.
 */
interface GardenStep {
  ProcessStep id();

  /** Does the step; false when it stopped (the tracker's stop reason says why). */
  boolean run(GardenRun run) throws IOException, InterruptedException;

  /** What the step would do, as progress lines; writes nothing and runs nothing. */
  void describe(GardenRun run) throws IOException;
}
