package dev.ssotgardener.workspace;

/** What {@link SourceReader} made of one file: its text, or why it was skipped. */
public sealed interface ReadOutcome
    permits ReadOutcome.Text, ReadOutcome.Skipped, ReadOutcome.Undecoded {

  /** The file decoded as text. */
  record Text(SourceFile file) implements ReadOutcome {}

  /** The file is binary or could not be read. */
  record Skipped(SkippedFile skipped) implements ReadOutcome {}

  /**
   * A text file (neither binary nor unreadable) left undecoded because its bytes showed that
   * nothing needs its text; see {@link SourceReader#read(FileEntry, java.util.function.Predicate)}.
   */
  record Undecoded(String path) implements ReadOutcome {}
}
