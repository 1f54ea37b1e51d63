package dev.ssotgardener.history;

import dev.ssotgardener.audit.Auditor;
import dev.ssotgardener.finding.CommitRef;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.finding.HistoryFacts.TrendPoint;
import dev.ssotgardener.finding.Provenance;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.workspace.ReadOutcome;
import dev.ssotgardener.workspace.SourceFile;
import dev.ssotgardener.workspace.WalkOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * What a history walk must answer, the slow way: every commit of the repository at {@code dir}
 * audited in full from scratch (its whole tree read, parsed and judged), and each finding of the
 * head moved to the first parent (in parent order) that has it, across renames, as blame would.
 */
final class FullAuditHistory implements AutoCloseable {
  private final Auditor auditor;
  private final Map<ObjectId, Set<String>> fingerprints = new HashMap<>();
  private final GitObjects git;
  private final RevWalk walk;
  private final List<RevCommit> line = new ArrayList<>();

  FullAuditHistory(Path dir, Policy policy) throws Exception {
    this.auditor = new Auditor(policy, WalkOptions.defaults());
    this.git = GitObjects.open(dir, WalkOptions.defaults().maxFileSize());
    this.walk = git.newWalk();
    for (RevCommit at = git.resolve(walk, "HEAD"); at != null; ) {
      line.add(at);
      at = at.getParentCount() == 0 ? null : walk.parseCommit(at.getParent(0));
    }
  }

  Map<String, Provenance> provenance(List<Finding> findings) throws Exception {
    Map<String, Provenance> out = new HashMap<>();
    List<FindingKey> keys = FindingKey.of(findings);
    for (FindingKey start : keys) {
      RevCommit at = line.get(0);
      FindingKey key = start;
      RevCommit merged = null;
      boolean moved = true;
      while (moved) {
        moved = false;
        for (RevCommit p : at.getParents()) {
          RevCommit parent = walk.parseCommit(p);
          FindingKey there = key;
          if (!git.files(parent).orElseThrow().containsKey(key.path())) {
            there = key.at(git.renames(parent, at).getOrDefault(key.path(), key.path()));
          }
          if (fingerprintsAt(parent).contains(there.fingerprint())) {
            if (line.contains(at) && !line.contains(parent)) {
              merged = at;
            }
            at = parent;
            key = there;
            moved = true;
            break;
          }
        }
      }
      Optional<CommitRef> mergedBy =
          line.contains(at) || merged == null
              ? Optional.empty()
              : Optional.of(GitRepositories.ref(merged));
      out.put(start.fingerprint(), new Provenance(GitRepositories.ref(at), mergedBy));
    }
    return out;
  }

  @Override
  public void close() {
    walk.close();
    git.close();
  }

  List<TrendPoint> trend() {
    List<TrendPoint> trend = new ArrayList<>();
    for (int i = line.size() - 1; i >= 0; i--) {
      trend.add(
          new TrendPoint(GitRepositories.ref(line.get(i)), fingerprintsAt(line.get(i)).size()));
    }
    return trend;
  }

  /** The fingerprints of the head's findings. */
  Set<String> headFingerprints() {
    return fingerprintsAt(line.get(0));
  }

  private Set<String> fingerprintsAt(RevCommit commit) {
    return fingerprints.computeIfAbsent(
        commit.copy(),
        id -> {
          List<SourceFile> files = new ArrayList<>();
          git.files(commit)
              .orElseThrow()
              .forEach(
                  (path, blob) -> {
                    if (git.read(path, blob) instanceof ReadOutcome.Text text) {
                      files.add(text.file());
                    }
                  });
          Set<String> found = new HashSet<>();
          auditor.audit(commit.name(), files).findings().forEach(f -> found.add(f.fingerprint()));
          return found;
        });
  }
}
