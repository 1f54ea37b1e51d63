package dev.ssotgardener.fix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the changes of a plan one file at a time, each only once its approval says so. Each file
 * is written atomically, so a run that stops anywhere (a failed write, a crash, a user's quit)
 * leaves every file either as it was or fully fixed.
 */
public final class PlanWriter {
  /** What to do with one file's change. */
  public enum Decision {
    WRITE,
    SKIP,
    /** Skip this file and every later one. */
    QUIT
  }

  /** Decides per file, e.g. by showing its diff and asking. */
  @FunctionalInterface
  public interface Approval {
    Decision decide(FileChange change);
  }

  /**
   * @param written the paths written, in order
   * @param failures one line per file that could not be written, naming it
   * @param quit whether the approval stopped the run early
   */
  public record Result(List<String> written, List<String> failures, boolean quit) {
    public Result {
      written = List.copyOf(written);
      failures = List.copyOf(failures);
    }
  }

  private final AtomicWriter writer;

  public PlanWriter(AtomicWriter writer) {
    this.writer = writer;
  }

  public Result write(Path root, List<FileChange> changes, Approval approval) {
    List<String> written = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (FileChange change : changes) {
      Decision decision = approval.decide(change);
      if (decision == Decision.QUIT) {
        return new Result(written, failures, true);
      }
      if (decision == Decision.WRITE) {
        try {
          writer.write(root, change);
          written.add(change.path());
        } catch (AtomicWriter.WriteException e) {
          failures.add(e.getMessage());
        }
      }
    }
    return new Result(written, failures, false);
  }
}
