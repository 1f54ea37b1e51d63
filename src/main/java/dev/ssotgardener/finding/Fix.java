package dev.ssotgardener.finding;

import java.util.List;

/**
 * A safe remediation as data: edits to the finding's file, known at audit time so reports can say a
 * finding is fixable; {@code ssot fix} applies, checks and proves it.
 */
public record Fix(String description, List<TextEdit> edits) {
  public Fix {
    edits = List.copyOf(edits);
  }
}
