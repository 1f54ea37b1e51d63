package dev.ssotgardener.history;

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
      seen.put(head, Optional.of(Seen.full(headAudit.files(), findings)));
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
        Optional<Seen> here = onLine.contains(commit) ? seenAt(commit) : Optional.empty();
        seen.remove(commit);
        if (here.isPresent()) {
          trend.add(new TrendPoint(GitObjects.ref(commit), here.get().count()));
          progress.visited(
              trend.size(), range.firstParent().size(), audited, audits.blobsAudited());
        }
        Map<FindingKey, List<Integer>> open = followed.remove(commit);
        if (open == null) {
          continue;
        }
        for (RevCommit parent : commit.getParents()) {
          if (open.isEmpty()) {
            break;
          }
          follow(commit, parent, open, mergedBy);
        }
        open.values().forEach(heads -> heads.forEach(h -> introducedBy[h] = commit));
      }
      Collections.reverse(trend);
      Map<String, Provenance> provenance = new HashMap<>();
      for (int i = 0; i < findings.size(); i++) {
        Optional<CommitRef> merge =
            onLine.contains(introducedBy[i]) || mergedBy[i] == null
                ? Optional.empty()
                : Optional.of(GitObjects.ref(mergedBy[i]));
        provenance.put(
            findings.get(i).fingerprint(), new Provenance(GitObjects.ref(introducedBy[i]), merge));
      }
      WalkStats stats =
          new WalkStats(
              range.commits().size(),
              audited,
              range.firstParent().size(),
              audits.blobsAudited(),
              git.missingObjects(),
              audits.filesJudged(),
              Duration.ofNanos(headNanos),
              Duration.ofNanos(System.nanoTime() - start));
      return new HistoryReport(headAudit.result(), new HistoryFacts(provenance, trend), stats);
    }

    /** Moves the findings {@code parent} also has from {@code commit} to it. */
    private void follow(
        RevCommit commit,
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
      Map<FindingKey, FindingKey> atParent = new LinkedHashMap<>();
      Map<String, String> renames = null;
      for (FindingKey key : open.keySet()) {
        FindingKey moved = key;
        if (!there.get().files().containsKey(key.path())) {
          if (renames == null) {
            renames = git.renames(parent, commit);
          }
          moved = key.at(renames.getOrDefault(key.path(), key.path()));
        }
        atParent.put(key, moved);
      }
      Set<String> paths = new HashSet<>();
      atParent.values().forEach(k -> paths.add(k.path()));
      if (there.get().judge(paths, audits)) {
        audited++;
      }
      Iterator<Map.Entry<FindingKey, List<Integer>>> entries = open.entrySet().iterator();
      while (entries.hasNext()) {
        Map.Entry<FindingKey, List<Integer>> entry = entries.next();
        FindingKey key = atParent.get(entry.getKey());
        if (there.get().fingerprints().contains(key.fingerprint())) {
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
     * What is known of a commit's findings: all of them for a first-parent commit (the trend counts
     * them); for a side-branch commit, only those of files a followed finding asks about.
     */
    private Optional<Seen> seenAt(RevCommit commit) {
      return seen.computeIfAbsent(
          commit,
          id -> {
            Optional<Map<String, ObjectId>> files = audits.files(commit);
            if (files.isEmpty() || !onLine.contains(commit)) {
              return files.map(Seen::partial);
            }
            audited++;
            return Optional.of(
                Seen.full(files.get(), audits.audit(commit, files.get()).findings()));
          });
    }
  }

  /**
   * What the walk keeps of a commit until it is visited: its files and the fingerprints of the
   * findings in the files judged so far (all of them, or those followed findings asked about).
   */
  private static final class Seen {
    private final Map<String, ObjectId> files;
    private final Set<String> fingerprints = new HashSet<>();
    private final Set<String> judged;
    private final boolean complete;

    private Seen(Map<String, ObjectId> files, boolean complete) {
      this.files = files;
      this.complete = complete;
      this.judged = new HashSet<>();
    }

    static Seen full(Map<String, ObjectId> files, List<Finding> findings) {
      Seen seen = new Seen(files, true);
      findings.forEach(f -> seen.fingerprints.add(f.fingerprint()));
      return seen;
    }

    static Seen partial(Map<String, ObjectId> files) {
      return new Seen(files, false);
    }

    Map<String, ObjectId> files() {
      return files;
    }

    Set<String> fingerprints() {
      return fingerprints;
    }

    int count() {
      return fingerprints.size();
    }

    /**
     * Makes sure the findings of {@code paths} are known; true when this is the first time rules
     * run on this commit.
     */
    boolean judge(Set<String> paths, TreeAudits audits) {
      if (complete) {
        return false;
      }
      Set<String> missing = new HashSet<>(paths);
      missing.removeAll(judged);
      missing.retainAll(files.keySet());
      if (missing.isEmpty()) {
        return false;
      }
      boolean first = judged.isEmpty();
      audits.findingsIn(files, missing).forEach(f -> fingerprints.add(f.fingerprint()));
      judged.addAll(missing);
      return first;
    }
  }
}
