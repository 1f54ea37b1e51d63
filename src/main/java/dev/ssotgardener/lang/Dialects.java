package dev.ssotgardener.lang;

import dev.ssotgardener.facts.Language;
import dev.ssotgardener.lang.java.JavaDialect;
import dev.ssotgardener.lang.python.PythonDialect;
import java.util.List;
import java.util.Optional;

/** The one registry of languages: a new language is one more entry here. */
public final class Dialects {
  private static final List<Dialect> ALL = List.of(new PythonDialect(), new JavaDialect());

  private Dialects() {}

  public static List<Dialect> all() {
    return ALL;
  }

  /** The dialect of files in {@code language}; empty for plain text. */
  public static Optional<Dialect> of(Language language) {
    return ALL.stream().filter(d -> d.language() == language).findFirst();
  }

  /** The dialect whose source files include {@code path}. */
  public static Optional<Dialect> forPath(String path) {
    return ALL.stream().filter(d -> d.owns(path)).findFirst();
  }
}
