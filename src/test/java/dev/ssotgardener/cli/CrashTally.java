package dev.ssotgardener.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the kills of one command did and which invariants each was checked against, for the log of a
 * run (a failed check ends the test, so every count printed is a count of kills that held).
 */
final class CrashTally {
  private final String command;
  private int total;
  private final Map<String, Integer> kills = new TreeMap<>();
  private final Map<String, Integer> states = new LinkedHashMap<>();
  private final Map<String, Integer> held = new LinkedHashMap<>();

  CrashTally(String command) {
    this.command = command;
  }

  /** One kill, by its circumstances: signal, aim ("anywhere", "writing"), temp folder, HEAD. */
  void kill(String... circumstances) {
    total++;
    for (String circumstance : circumstances) {
      kills.merge(circumstance, 1, Integer::sum);
    }
  }

  /** What the kill left, e.g. "3 of 7 files fixed" grouped as "part-written". */
  void state(String state) {
    states.merge(state, 1, Integer::sum);
  }

  /** An invariant checked, and held, after one kill. */
  void held(String invariant) {
    held.merge(invariant, 1, Integer::sum);
  }

  @Override
  public String toString() {
    return "CrashIT "
        + command
        + ": "
        + total
        + " kills ("
        + line(kills)
        + ")"
        + "\n  left: "
        + line(states)
        + "\n  held: "
        + line(held);
  }

  private static String line(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
