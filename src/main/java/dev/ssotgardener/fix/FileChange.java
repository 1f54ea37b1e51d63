package dev.ssotgardener.fix;

import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.workspace.SourceFile;
import java.util.List;

/**
 * The checked fixes of one file.
 *
 * @param original the file as read
 * @param fixedText its text with every kept fix applied
 * @param fixed the findings the change removes
 */
public record FileChange(String path, SourceFile original, String fixedText, List<Finding> fixed) {
  public FileChange {
    fixed = List.copyOf(fixed);
  }
}
