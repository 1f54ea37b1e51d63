package dev.ssotgardener.fix;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a fix run, before anything is written.
 *
 * @param changes one per file with at least one checked fix, by path
 * @param refused findings left unfixed, with the reason
 * @param conflicts conflicts a person must decide
 */
public record FixPlan(
    String root, List<FileChange> changes, List<Refusal> refused, List<ConflictReport> conflicts) {
  public FixPlan {
    changes = List.copyOf(changes);
    refused = List.copyOf(refused);
    conflicts = List.copyOf(conflicts);
  }

  /** The change of one file, when the plan has one. */
  public Optional<FileChange> changeOf(String path) {
    return changes.stream().filter(c -> c.path().equals(path)).findFirst();
  }
}
