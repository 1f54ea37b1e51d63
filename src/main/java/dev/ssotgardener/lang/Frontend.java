package dev.ssotgardener.lang;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.Language;
import dev.ssotgardener.workspace.SourceFile;

/** Turns one source file of a language into {@link FileFacts}. Thread-safe. */
public interface Frontend {
  Language language();

  /** Whether this front end parses the file at {@code path} (repo-relative). */
  boolean handles(String path);

  FileFacts analyze(SourceFile file);

  /**
   * Everything besides its text that the facts of the file at {@code path} depend on (for a facts
   * cache key): by default the path itself.
   */
  default String factsContext(String path) {
    return path;
  }
}
