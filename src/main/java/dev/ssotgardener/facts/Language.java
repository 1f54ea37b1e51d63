package dev.ssotgardener.facts;

/** The languages the front ends understand; every other text file is {@link #TEXT}. */
public enum Language {
  PYTHON,
  JAVA,
  TEXT
}
