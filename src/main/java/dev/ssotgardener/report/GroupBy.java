package dev.ssotgardener.report;

/** What one issue covers: every finding in one file (as the seed's issue), or one truth's. */
public enum GroupBy {
  FILE,
  TRUTH
}
