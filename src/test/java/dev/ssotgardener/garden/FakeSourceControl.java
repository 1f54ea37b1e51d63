package dev.ssotgardener.garden;

import dev.ssotgardener.finding.CommitRef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Version control in memory: branches by name and the commits the garden asked for. */
final class FakeSourceControl implements SourceControl {
  /** One commit the garden made. */
  record Commit(String branch, List<String> paths, String message) {}

  final Set<String> branches = new LinkedHashSet<>(List.of("main"));
  final List<String> dirty = new ArrayList<>();
  final List<Commit> commits = new ArrayList<>();

  /** The commit each file's lines came from. */
  final Map<String, CommitRef> origins = new HashMap<>();

  /** The commits whose first parent already had the file they changed. */
  final Set<String> changedExistingFiles = new HashSet<>();

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
    return Optional.of(changedExistingFiles.contains(commit));
  }

  @Override
  public Optional<CommitRef> lineOrigin(String path, int line) {
    return Optional.ofNullable(origins.get(path));
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
  public Optional<String> upstreamOnOrigin(String headRef) {
    return Optional.empty();
  }

  @Override
  public InterruptedCommit.Intent commitIntent(String branch, String message) {
    return new InterruptedCommit.Intent(branch, null, "refs/heads/main", message, 0);
  }

  /** Its commits are made whole: an interrupted one never needs finishing. */
  @Override
  public Optional<String> recoverCommit(InterruptedCommit.Intent intent) {
    return Optional.empty();
  }

  @Override
  public void close() {}
}
