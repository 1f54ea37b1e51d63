package dev.ssotgardener.garden;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Version control in memory: branches by name and the commits the garden asked for. */
final class FakeSourceControl implements SourceControl {
  /** One commit the garden made. */
  record Commit(String branch, List<String> paths, String message) {}

  final Set<String> branches = new LinkedHashSet<>(List.of("main"));
  final List<String> dirty = new ArrayList<>();
  final List<Commit> commits = new ArrayList<>();

  @Override
  public List<String> dirtyPaths() {
    return dirty;
  }

  @Override
  public boolean branchExists(String branch) {
    return branches.contains(branch);
  }

  @Override
  public Optional<Boolean> parentHad(String commit, String path) {
    return Optional.empty();
  }

  @Override
  public String commitOnNewBranch(String branch, List<String> paths, String message)
      throws IOException {
    if (!branches.add(branch)) {
      throw new IOException(SourceControl.branchExistsMessage(branch));
    }
    commits.add(new Commit(branch, List.copyOf(paths), message));
    return "%040d".formatted(commits.size());
  }

  @Override
  public void close() {}
}
