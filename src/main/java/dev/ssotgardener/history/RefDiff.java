package dev.ssotgardener.history;

import dev.ssotgardener.audit.FolderScope;
import dev.ssotgardener.audit.IncrementalAuditor;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.workspace.RepositoryTop;
import dev.ssotgardener.workspace.WalkOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The findings introduced and fixed between two commits, read from the object database. Findings
 * are matched by fingerprint, across renames, so a moved file is neither fixed nor new.
 */
public final class RefDiff {
  private final Policy policy;
  private final WalkOptions options;

  public RefDiff(Policy policy, WalkOptions options) {
    this.policy = policy;
    this.options = options;
  }

  /** Compares {@code from} with {@code to} in the repository at or above {@code dir}. */
  public DiffResult diff(Path dir, String from, String to) throws HistoryException {
    try (GitObjects git = GitObjects.open(dir, options.maxFileSize());
        RevWalk walk = git.newWalk()) {
      RevCommit a = git.resolve(walk, from);
      RevCommit b = git.resolve(walk, to);
      TreeAudits audits = new TreeAudits(git, new IncrementalAuditor(policy));
      TreeAudits.Audited before = readable(audits, a);
      TreeAudits.Audited after = readable(audits, b);
      Map<String, String> renames = git.renames(a, b);
      Set<String> old = new HashSet<>();
      before.result().findings().forEach(f -> old.add(f.fingerprint()));
      Set<String> kept = new HashSet<>();
      List<Finding> introduced = new ArrayList<>();
      List<Finding> findings = after.result().findings();
      List<FindingKey> keys = FindingKey.of(findings);
      for (int i = 0; i < findings.size(); i++) {
        FindingKey key = keys.get(i);
        if (!before.files().containsKey(key.path())) {
          key = key.at(renames.getOrDefault(key.path(), key.path()));
        }
        if (old.contains(key.fingerprint())) {
          kept.add(key.fingerprint());
        } else {
          introduced.add(findings.get(i));
        }
      }
      List<Finding> fixed =
          before.result().findings().stream().filter(f -> !kept.contains(f.fingerprint())).toList();
      // The whole tree is audited so names resolve against the repository; the folder's own
      // findings are reported, as `ssot audit` of the folder reports them.
      FolderScope scope = FolderScope.of(RepositoryTop.of(dir, Optional.empty()), dir);
      return new DiffResult(
          GitRepositories.ref(a),
          GitRepositories.ref(b),
          inFolder(scope, findings, introduced),
          inFolder(scope, before.result().findings(), fixed));
    }
  }

  /**
   * The findings among {@code chosen} in the folder, with paths and fingerprints as an audit of the
   * folder gives them; {@code all} is the list they come from, where fingerprint ordinals count.
   */
  private static List<Finding> inFolder(
      FolderScope scope, List<Finding> all, List<Finding> chosen) {
    if (scope.whole()) {
      return chosen;
    }
    Set<Finding> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
    wanted.addAll(chosen);
    List<FindingKey> keys = FindingKey.of(all);
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Finding f = all.get(i);
      if (wanted.contains(f) && scope.contains(f.path())) {
        String path = scope.inside(f.path());
        out.add(
            new Finding(
                f.truth(),
                f.kind(),
                f.severity(),
                path,
                f.span(),
                f.message(),
                f.snippet(),
                keys.get(i).at(path).fingerprint(),
                f.remedy()));
      }
    }
    return out;
  }

  private static TreeAudits.Audited readable(TreeAudits audits, RevCommit commit)
      throws HistoryException {
    return audits
        .audit(commit)
        .orElseThrow(() -> new HistoryException(commit.name() + ": its tree cannot be read"));
  }
}
