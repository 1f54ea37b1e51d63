package dev.ssotgardener.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.List;

/** The unified diff of one file change, as {@code git diff} shows it. */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  public static List<String> of(FileChange change) {
    List<String> before = change.original().text().lines().toList();
    List<String> after = change.fixedText().lines().toList();
    return UnifiedDiffUtils.generateUnifiedDiff(
        "a/" + change.path(), "b/" + change.path(), before, DiffUtils.diff(before, after), CONTEXT);
  }
}
