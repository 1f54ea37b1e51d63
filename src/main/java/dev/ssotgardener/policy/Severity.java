package dev.ssotgardener.policy;

import java.util.Locale;

/** How much a finding matters; {@code --fail-on} compares against it. */
public enum Severity {
  WARNING,
  ERROR;

  /** The word users write in {@code ssot.yml} and see in reports. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}
