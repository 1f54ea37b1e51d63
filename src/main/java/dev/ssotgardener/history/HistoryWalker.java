package dev.ssotgardener.history;

import dev.ssotgardener.audit.FactsCollector;
import dev.ssotgardener.audit.IncrementalAuditor;
import dev.ssotgardener.finding.CommitRef;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.finding.HistoryFacts;
import dev.ssotgardener.finding.HistoryFacts.TrendPoint;
import dev.ssotgardener.finding.Provenance;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.workspace.WalkOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Names the commit that introduced each current finding, as blame would: from the head, a finding
 * is followed to the first parent (in parent order) that has it, across renames and into side
 * branches, until a commit none of whose parents has it. Commits are visited children first, so
 * each is audited once; side-branch commits are audited only when a finding leads into them.
 */
public final class HistoryWalker {
  private final Policy policy;
  private final WalkOptions options;

  public HistoryWalker(Policy policy, WalkOptions options) {
    this.policy = policy;
    this.options = options;
  }

  /**
   * Walks the history of {@code head} in the repository at or above {@code dir}: at most {@code
   * maxCommits} commits of its first-parent line and what they merged, stopping at commits
   * reachable from {@code since} when given.
   */
  public HistoryReport walk(
      Path dir, String head, Optional<String> since, int maxCommits, WalkProgress progress)
      throws HistoryException {
    try (GitObjects git = GitObjects.open(dir, options.maxFileSize());
        RevWalk walk = git.newWalk()) {
      RevCommit tip = git.resolve(walk, head);
      Optional<RevCommit> stop =
          since.isPresent() ? Optional.of(git.resolve(walk, since.get())) : Optional.empty();
      Range range = range(git, tip, stop, maxCommits);
      return new Walk(git, new TreeAudits(git, new IncrementalAuditor(policy)), range, progress)
          .run();
    }
  }

  /** The commits to visit, newest first with every child before its parents. */
  private static Range range(
      GitObjects git, RevCommit tip, Optional<RevCommit> since, int maxCommits)
      throws HistoryException {
    try (RevWalk walk = git.newWalk()) {
      walk.sort(RevSort.TOPO);
      walk.markStart(walk.parseCommit(tip));
      if (since.isPresent()) {
        walk.markUninteresting(walk.parseCommit(since.get()));
      }
      List<RevCommit> all = new ArrayList<>();
      walk.forEach(all::add);
      Map<ObjectId, Integer> order = new HashMap<>();
      for (int i = 0; i < all.size(); i++) {
        order.put(all.get(i), i);
      }
      List<RevCommit> firstParent = new ArrayList<>();
      RevCommit commit = all.isEmpty() ? null : all.get(0);
      while (commit != null && firstParent.size() < maxCommits) {
        firstParent.add(commit);
        commit =
            commit.getParentCount() > 0 && order.containsKey(commit.getParent(0))
                ? all.get(order.get(commit.getParent(0)))
                : null;
      }
      if (commit != null) {
        // Cut at the first-parent limit: drop everything the rest of the line already had.
        return cut(git, all, firstParent, commit, since);
      }
      return new Range(all, order, firstParent);
    } catch (IOException e) {
      throw new HistoryException("cannot walk the history of " + tip.name() + ": " + e, e);
    }
  }

  private static Range cut(
      GitObjects git,
      List<RevCommit> all,
      List<RevCommit> firstParent,
      RevCommit boundary,
      Optional<RevCommit> since)
      throws IOException {
    try (RevWalk walk = git.newWalk()) {
      walk.sort(RevSort.TOPO);
      walk.markStart(walk.parseCommit(all.get(0)));
      walk.markUninteresting(walk.parseCommit(boundary));
      if (since.isPresent()) {
        walk.markUninteresting(walk.parseCommit(since.get()));
      }
      List<RevCommit> kept = new ArrayList<>();
      walk.forEach(kept::add);
      Map<ObjectId, Integer> order = new HashMap<>();
      for (int i = 0; i < kept.size(); i++) {
        order.put(kept.get(i), i);
      }
      List<RevCommit> line = new ArrayList<>();
      for (RevCommit c : firstParent) {
        line.add(kept.get(order.get(c)));
      }
      return new Range(kept, order, line);
    }
  }

  /** Commits in children-first order, their positions, and the first-parent line (newest first). */
  private record Range(
      List<RevCommit> commits, Map<ObjectId, Integer> order, List<RevCommit> firstParent) {}

  /** One walk's state: pending commits, findings being followed, audits not yet released. */
  private static final class Walk {
    private final GitObjects git;
    private final TreeAudits audits;
    private final Range range;
    private final WalkProgress progress;
    private final Set<ObjectId> onLine = new HashSet<>();
    private final TreeMap<Integer, RevCommit> pending = new TreeMap<>();
    private final Map<ObjectId, Optional<Seen>> seen = new HashMap<>();
    private final Map<ObjectId, Map<FindingKey, List<Integer>>> followed = new HashMap<>();
    private int audited;
    private int visited;

    Walk(GitObjects git, TreeAudits audits, Range range, WalkProgress progress) {
      this.git = git;
      this.audits = audits;
      this.range = range;
      this.progress = progress;
      range.firstParent().forEach(onLine::add);
    }

    HistoryReport run() throws HistoryException {
      long start = System.nanoTime();
      RevCommit head = range.commits().get(0);
      TreeAudits.Audited headAudit =
          audits
              .audit(head)
              .orElseThrow(() -> new HistoryException(head.name() + ": its tree cannot be read"));
      long headNanos = System.nanoTime() - start;
      audited++;
      List<Finding> findings = headAudit.result().findings();
      seen.put(head, Optional.of(Seen.full(head, headAudit.files(), findings)));
      Map<FindingKey, List<Integer>> atHead = new LinkedHashMap<>();
      List<FindingKey> keys = FindingKey.of(findings);
      for (int i = 0; i < keys.size(); i++) {
        atHead.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(i);
      }
      followed.put(head, atHead);
      range.firstParent().forEach(c -> pending.put(range.order().get(c), c));

      RevCommit[] introducedBy = new RevCommit[findings.size()];
      RevCommit[] mergedBy = new RevCommit[findings.size()];
      List<TrendPoint> trend = new ArrayList<>();
      while (!pending.isEmpty()) {
        RevCommit commit = pending.pollFirstEntry().getValue();
        visited++;
        Optional<Seen> here = onLine.contains(commit) ? seenAt(commit) : seen.get(commit);
        seen.remove(commit);
        if (here != null && here.isPresent() && onLine.contains(commit)) {
          trend.add(new TrendPoint(GitRepositories.ref(commit), here.get().count()));
          progress.visited(
              trend.size(), range.firstParent().size(), audited, audits.blobsAudited());
        }
        Map<FindingKey, List<Integer>> open = followed.remove(commit);
        if (open == null) {
          continue;
        }
        // Findings are followed only into commits whose tree could be read.
        Seen from = here.orElseThrow();
        for (RevCommit parent : commit.getParents()) {
          if (open.isEmpty()) {
            break;
          }
          follow(commit, from, parent, open, mergedBy);
        }
        open.values().forEach(heads -> heads.forEach(h -> introducedBy[h] = commit));
      }
      Collections.reverse(trend);
      Map<String, Provenance> provenance = new HashMap<>();
      for (int i = 0; i < findings.size(); i++) {
        Optional<CommitRef> merge =
            onLine.contains(introducedBy[i]) || mergedBy[i] == null
                ? Optional.empty()
                : Optional.of(GitRepositories.ref(mergedBy[i]));
        provenance.put(
            findings.get(i).fingerprint(),
            new Provenance(GitRepositories.ref(introducedBy[i]), merge));
      }
      WalkStats stats =
          new WalkStats(
              range.commits().size(),
              visited,
              audited,
              range.firstParent().size(),
              audits.blobsAudited(),
              git.missingObjects(),
              audits.filesJudged(),
              Duration.ofNanos(headNanos),
              Duration.ofNanos(System.nanoTime() - start));
      return new HistoryReport(headAudit.result(), new HistoryFacts(provenance, trend), stats);
    }

    /** Moves the findings {@code parent} also has from {@code commit} (known as {@code from}). */
    private void follow(
        RevCommit commit,
        Seen from,
        RevCommit parent,
        Map<FindingKey, List<Integer>> open,
        RevCommit[] mergedBy) {
      Integer position = range.order().get(parent);
      if (position == null) {
        return; // beyond the walk's boundary: the finding is counted as new here
      }
      Optional<Seen> there = seenAt(parent);
      pending.put(position, parent);
      if (there.isEmpty()) {
        return;
      }
      Seen at = there.get();
      Optional<Map<FindingKey, FindingKey>> moved =
          at.complete()
              ? byFiles(commit, parent, at, open.keySet())
              : git.changes(commit, parent)
                  .map(changes -> byChanges(commit, from, parent, at, changes, open.keySet()))
                  .or(() -> byFiles(commit, parent, at, open.keySet()));
      if (moved.isEmpty()) {
        return;
      }
      Iterator<Map.Entry<FindingKey, List<Integer>>> entries = open.entrySet().iterator();
      while (entries.hasNext()) {
        Map.Entry<FindingKey, List<Integer>> entry = entries.next();
        FindingKey key = moved.get().get(entry.getKey());
        if (at.has(key.fingerprint())) {
          followed
              .computeIfAbsent(parent, p -> new LinkedHashMap<>())
              .computeIfAbsent(key, k -> new ArrayList<>())
              .addAll(entry.getValue());
          if (onLine.contains(commit) && !onLine.contains(parent)) {
            entry.getValue().forEach(h -> mergedBy[h] = commit);
          }
          entries.remove();
        }
      }
    }

    /**
     * Where each key would be in {@code parent}, from the parent's whole file list, with the files
     * concerned judged there; empty when the parent's tree cannot be read.
     */
    private Optional<Map<FindingKey, FindingKey>> byFiles(
        RevCommit commit, RevCommit parent, Seen at, Set<FindingKey> keys) {
      Optional<Map<String, ObjectId>> files = at.files(audits);
      if (files.isEmpty()) {
        return Optional.empty();
      }
      Map<FindingKey, FindingKey> atParent = new LinkedHashMap<>();
      Map<String, String> renames = null;
      for (FindingKey key : keys) {
        FindingKey moved = key;
        if (!files.get().containsKey(key.path())) {
          if (renames == null) {
            renames = git.renames(parent, commit);
          }
          moved = key.at(renames.getOrDefault(key.path(), key.path()));
        }
        atParent.put(key, moved);
      }
      Set<String> paths = new HashSet<>();
      atParent.values().forEach(k -> paths.add(k.path()));
      judge(at, paths);
      return Optional.of(atParent);
    }

    /**
     * Where each key would be in {@code parent}, from the files that differ between the two trees:
     * a finding in a file the change left alone is still there when the change cannot reach it (no
     * rule runs); a file that changed or was renamed is judged in the parent; a file that is gone
     * took its findings with it.
     */
    private Map<FindingKey, FindingKey> byChanges(
        RevCommit commit,
        Seen from,
        RevCommit parent,
        Seen at,
        List<GitObjects.Change> changes,
        Set<FindingKey> keys) {
      Map<String, GitObjects.Change> changed = new HashMap<>();
      changes.forEach(c -> changed.put(c.path(), c));
      // The child's collector (its files read if need be) serves the parent if no context differs.
      Optional<FactsCollector> collector =
          audits.sameContexts(changes) ? from.collector(audits) : Optional.empty();
      boolean local = collector.isPresent() && audits.changesStayLocal(changes, collector.get());
      if (local) {
        at.inherit(collector.get());
      }
      Map<FindingKey, FindingKey> atParent = new LinkedHashMap<>();
      Set<String> paths = new HashSet<>();
      Map<String, String> renames = null;
      for (FindingKey key : keys) {
        GitObjects.Change change = changed.get(key.path());
        FindingKey moved = key;
        if (change == null && local) {
          at.present(key.fingerprint());
        } else if (change == null || change.after() != null) {
          paths.add(key.path());
        } else {
          if (renames == null) {
            renames = git.renames(parent, commit);
          }
          String old = renames.get(key.path());
          if (old != null) {
            moved = key.at(old);
            paths.add(old);
          }
        }
        atParent.put(key, moved);
      }
      judge(at, paths);
      return atParent;
    }

    private void judge(Seen at, Set<String> paths) {
      if (at.judge(paths, audits)) {
        audited++;
      }
    }

    /**
     * What is known of a commit's findings: all of them for a first-parent commit (the trend counts
     * them); for a side-branch commit, only those followed findings asked about.
     */
    private Optional<Seen> seenAt(RevCommit commit) {
      return seen.computeIfAbsent(
          commit,
          id -> {
            if (!onLine.contains(commit)) {
              return Optional.of(Seen.partial(commit));
            }
            Optional<Map<String, ObjectId>> files = audits.files(commit);
            if (files.isEmpty()) {
              return Optional.empty();
            }
            audited++;
            return Optional.of(
                Seen.full(commit, files.get(), audits.audit(commit, files.get()).findings()));
          });
    }
  }

  /**
   * What the walk keeps of a commit until it is visited: the fingerprints of findings known to be
   * there (all of them, or those followed findings asked about), its files once read, and the
   * collector that gives its files' facts their context.
   */
  private static final class Seen {
    private final RevCommit commit;
    private final boolean complete;
    private final Set<String> fingerprints = new HashSet<>();
    private final Set<String> judged = new HashSet<>();
    private Optional<Map<String, ObjectId>> files;
    private FactsCollector collector;

    private Seen(RevCommit commit, Optional<Map<String, ObjectId>> files, boolean complete) {
      this.commit = commit;
      this.files = files;
      this.complete = complete;
    }

    static Seen full(RevCommit commit, Map<String, ObjectId> files, List<Finding> findings) {
      Seen seen = new Seen(commit, Optional.of(files), true);
      findings.forEach(f -> seen.fingerprints.add(f.fingerprint()));
      return seen;
    }

    /** A side-branch commit: nothing read yet. */
    static Seen partial(RevCommit commit) {
      return new Seen(commit, null, false);
    }

    boolean complete() {
      return complete;
    }

    /** The commit's files, read on first use; empty when its tree cannot be read. */
    Optional<Map<String, ObjectId>> files(TreeAudits audits) {
      if (files == null) {
        files = audits.files(commit);
      }
      return files;
    }

    /** The collector for this commit's paths: one inherited, else built from its files. */
    Optional<FactsCollector> collector(TreeAudits audits) {
      if (collector == null) {
        files(audits).ifPresent(f -> collector = audits.collector(f));
      }
      return Optional.ofNullable(collector);
    }

    /** Takes the collector of a commit with the same paths. */
    void inherit(FactsCollector same) {
      if (collector == null) {
        collector = same;
      }
    }

    void present(String fingerprint) {
      fingerprints.add(fingerprint);
    }

    boolean has(String fingerprint) {
      return fingerprints.contains(fingerprint);
    }

    int count() {
      return fingerprints.size();
    }

    /**
     * Makes sure the findings of {@code paths} are known; true when this is the first time rules
     * run on this commit.
     */
    boolean judge(Set<String> paths, TreeAudits audits) {
      if (complete || paths.isEmpty()) {
        return false;
      }
      Set<String> missing = new HashSet<>(paths);
      missing.removeAll(judged);
      Optional<Map<String, ObjectId>> all = files(audits);
      if (all.isEmpty()) {
        return false;
      }
      missing.retainAll(all.get().keySet());
      if (missing.isEmpty()) {
        return false;
      }
      boolean first = judged.isEmpty();
      audits.findingsIn(all.get(), missing).forEach(f -> fingerprints.add(f.fingerprint()));
      judged.addAll(missing);
      return first;
    }
  }
}
