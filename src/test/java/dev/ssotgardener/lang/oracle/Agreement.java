package dev.ssotgardener.lang.oracle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares the facts of one file as the oracle and as our front end state them. Each kind of fact
 * is compared in a direction: both ways, or one way where one side can only state a part (the
 * oracle cannot tell which calls resolve without the repository's layout; our front end keeps only
 * the calls that resolve).
 */
final class Agreement {
  /** How the two sides' facts of one kind must relate. */
  enum Direction {
    /** The same facts on both sides. */
    EXACT,
    /** Every oracle fact is also ours; we may state more. */
    ORACLE_IN_OURS,
    /** Every fact of ours is also the oracle's; the oracle may state more. */
    OURS_IN_ORACLE
  }

  private final Map<String, Direction> directions;

  Agreement(Map<String, Direction> directions) {
    this.directions = Map.copyOf(directions);
  }

  /** The disagreements, one line each naming the fact; empty when the two sides agree. */
  List<String> disagreements(List<Fact> oracle, List<Fact> ours) {
    Map<Fact, Integer> remaining = new HashMap<>();
    oracle.forEach(f -> remaining.merge(f, 1, Integer::sum));
    Map<Fact, Integer> extra = new HashMap<>();
    for (Fact fact : ours) {
      if (remaining.merge(fact, -1, Integer::sum) < 0) {
        remaining.remove(fact);
        extra.merge(fact, 1, Integer::sum);
      }
    }
    TreeSet<String> out = new TreeSet<>();
    List<Fact> missing = new ArrayList<>();
    remaining.forEach((fact, count) -> repeat(missing, fact, count));
    for (Fact fact : missing) {
      if (direction(fact) != Direction.OURS_IN_ORACLE) {
        out.add(fact.line() + "\u0000expected " + fact + " (oracle), our front end lacks it");
      }
    }
    List<Fact> surplus = new ArrayList<>();
    extra.forEach((fact, count) -> repeat(surplus, fact, count));
    for (Fact fact : surplus) {
      if (direction(fact) != Direction.ORACLE_IN_OURS) {
        out.add(fact.line() + "\u0000actual " + fact + " (our front end), the oracle lacks it");
      }
    }
    return out.stream()
        .sorted((a, b) -> Integer.compare(lineOf(a), lineOf(b)))
        .map(s -> s.substring(s.indexOf('\u0000') + 1))
        .toList();
  }

  private Direction direction(Fact fact) {
    Direction direction = directions.get(fact.kind());
    if (direction == null) {
      throw new IllegalArgumentException("no direction for fact kind " + fact.kind());
    }
    return direction;
  }

  private static void repeat(List<Fact> out, Fact fact, int count) {
    for (int i = 0; i < count; i++) {
      out.add(fact);
    }
  }

  private static int lineOf(String entry) {
    return Integer.parseInt(entry.substring(0, entry.indexOf('\u0000')));
  }
}
