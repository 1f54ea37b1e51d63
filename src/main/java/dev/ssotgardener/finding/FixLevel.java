package dev.ssotgardener.finding;

/**
 * How sure a fix is, as Ruff's applicability says it: {@code SAFE} fixes are provably equivalent
 * (identical conflict sides, removing an import nothing uses), so CI may apply them unattended;
 * {@code DECISION} fixes pick one of several candidates or carry out a migration the policy
 * declares and that changes behaviour by design (a {@code rewrite:}, a base-class swap).
 */
public enum FixLevel {
  SAFE("safe"),
  DECISION("decision");

  private final String word;

  FixLevel(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }

  /** Whether a fix of this level may be applied when at most {@code limit} is asked for. */
  public boolean within(FixLevel limit) {
    return compareTo(limit) <= 0;
  }
}
