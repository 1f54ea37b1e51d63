package dev.ssotgardener.finding;

import java.util.List;

/**
 * A remediation as data: edits to the finding's file, known at audit time so reports can say a
 * finding is fixable and how sure the fix is; {@code ssot fix} applies, checks and proves it.
 */
public record Fix(String description, List<TextEdit> edits, FixLevel level) {
  public Fix {
    edits = List.copyOf(edits);
  }
}
