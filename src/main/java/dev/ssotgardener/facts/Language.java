package dev.ssotgardener.facts;

/**
 * The languages the front ends understand; every other text file is {@link #TEXT}. Each carries the
 * one trait the index needs below the language packages; everything else a language means lives in
 * its {@code lang} package's dialect.
 */
public enum Language {
  PYTHON(false),
  JAVA(true),
  TEXT(false);

  private final boolean moduleIsFolder;

  Language(boolean moduleIsFolder) {
    this.moduleIsFolder = moduleIsFolder;
  }

  /**
   * Whether a module is a folder of files, each binding only its own classes and keeping its
   * imports private (a Java package), rather than one file whose imports and definitions are the
   * module's names (a Python module).
   */
  public boolean moduleIsFolder() {
    return moduleIsFolder;
  }
}
