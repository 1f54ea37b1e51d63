package dev.ssotgardener.workspace;

/** What {@link SourceReader} made of one file: its text, or why it was skipped. */
public sealed interface ReadOutcome permits ReadOutcome.Text, ReadOutcome.Skipped {

  /** The file decoded as text. */
  record Text(SourceFile file) implements ReadOutcome {}

  /** The file is binary or could not be read. */
  record Skipped(SkippedFile skipped) implements ReadOutcome {}
}
