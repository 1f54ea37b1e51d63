package dev.ssotgardener.lang;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.Language;
import dev.ssotgardener.workspace.SourceFile;
import java.util.function.Predicate;

/** Turns one source file of a language into {@link FileFacts}. Thread-safe. */
public interface Frontend {
  Language language();

  /** Whether this front end parses the file at {@code path} (repo-relative). */
  boolean handles(String path);

  FileFacts analyze(SourceFile file);

  /**
   * What the facts of the file at {@code path} depend on besides its path and content (a Python
   * module name follows the source roots), so cached facts are reused only where they still hold.
   */
  default String context(String path) {
    return "";
  }

  /**
   * Whether facts this front end made earlier for a file of the same path, content and context
   * still hold in this repository (they may depend on which other files exist: {@link
   * FileFacts#layout}).
   */
  default boolean stillHolds(FileFacts cached) {
    return true;
  }

  /**
   * Which facts that held among the files of {@code earlier} (a front end of the same kind, set up
   * for other paths) still hold among this one's: {@link #stillHolds}, unless the front end can
   * tell more cheaply from the paths that differ. Asked once per pair, then of many files.
   */
  default Predicate<FileFacts> stillHoldsAfter(Frontend earlier) {
    return this::stillHolds;
  }

  /**
   * This front end for the same repository after {@code changes} to the paths it was set up for (a
   * history walk's next commit), as if made from the new paths; itself when none matters to it.
   */
  default Frontend after(PathChanges changes) {
    return this;
  }
}
