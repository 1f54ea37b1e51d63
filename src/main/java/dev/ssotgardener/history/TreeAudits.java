package dev.ssotgardener.history;

import dev.ssotgardener.audit.BoundedFactsCache;
import dev.ssotgardener.audit.FactsCache;
import dev.ssotgardener.audit.FactsCollector;
import dev.ssotgardener.audit.FactsKey;
import dev.ssotgardener.audit.Frontends;
import dev.ssotgardener.audit.IncrementalAuditor;
import dev.ssotgardener.audit.LineSource;
import dev.ssotgardener.audit.SizedLru;
import dev.ssotgardener.audit.StoredFacts;
import dev.ssotgardener.audit.StoredFile;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.lang.Dialect;
import dev.ssotgardener.lang.Dialects;
import dev.ssotgardener.workspace.ReadOutcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Audits commits' trees straight from the object database. Each tree is read as its difference from
 * the tree read before (subtrees both share are skipped), each file keeps one key while its blob
 * does, and a file the previous audit had unchanged keeps its facts ({@link IncrementalAuditor});
 * other facts come from a cache by (path, blob, module) bounded in size, so a blob is read and
 * parsed once however many commits contain it, unless the walk left it long ago. The rules run
 * again only on files whose findings can have changed since the previous full audit.
 */
final class TreeAudits {
  /** Lines of files with findings, kept for the next commits, which mostly have the same ones. */
  private static final long LINE_CACHE_BYTES = 64L << 20;

  /** The share of the heap the facts cache may take besides the facts of the trees in use. */
  private static final int FACTS_CACHE_HEAP_SHARE = 8;

  private final GitObjects git;
  private final IncrementalAuditor auditor;
  private final AtomicInteger parsed = new AtomicInteger();
  private final FactsCollector withoutPaths =
      new FactsCollector(Frontends.forRepository(List.of()));
  private final FactsCache facts =
      counting(
          new BoundedFactsCache(Runtime.getRuntime().maxMemory() / FACTS_CACHE_HEAP_SHARE), parsed);

  /** The last tree read, so the next one is read as a difference from it. */
  private RevCommit lastCommit;

  private NavigableMap<String, ObjectId> lastFiles;

  /** The file of each path at the blob it last had, so its key is made once. */
  private final Map<String, Stored> stored = new HashMap<>();

  /**
   * What {@link #files} last handed out, and its stored files in path order once asked for: the
   * next tree's list is this one patched by the tree diff, so it costs the change, not a lookup per
   * file.
   */
  private Map<String, ObjectId> lastView;

  private List<StoredFile> lastStored;

  private final SizedLru<ObjectId, List<String>> lines =
      new SizedLru<>(LINE_CACHE_BYTES, TreeAudits::estimatedBytes);

  TreeAudits(GitObjects git, IncrementalAuditor auditor) {
    this.git = git;
    this.auditor = auditor;
  }

  /**
   * A commit's files by path, in tree order; empty when its tree cannot be read. Read as the
   * difference from the tree read before when there is one, so the cost follows the change.
   */
  Optional<Map<String, ObjectId>> files(RevCommit commit) {
    Optional<List<GitObjects.Change>> changes =
        lastCommit == null ? Optional.empty() : git.changes(lastCommit, commit);
    Optional<NavigableMap<String, ObjectId>> files =
        changes.map(this::applied).or(() -> git.files(commit));
    if (files.isEmpty()) {
      return Optional.empty();
    }
    lastStored =
        changes.isPresent() && lastStored != null ? patched(lastStored, changes.get()) : null;
    lastCommit = commit;
    lastFiles = files.get();
    lastView = Collections.unmodifiableMap(lastFiles);
    return Optional.of(lastView);
  }

  /** {@code list} (stored files in path order) after {@code changes}. */
  private List<StoredFile> patched(List<StoredFile> list, List<GitObjects.Change> changes) {
    List<StoredFile> next = new ArrayList<>(list);
    for (GitObjects.Change change : changes) {
      int at = Collections.binarySearch(next, null, byPath(change.path()));
      if (change.after() == null) {
        if (at >= 0) {
          next.remove(at);
        }
      } else if (at >= 0) {
        next.set(at, storedFile(change.path(), change.after()));
      } else {
        next.add(-at - 1, storedFile(change.path(), change.after()));
      }
    }
    return next;
  }

  /** Compares a stored file's path with {@code path}, as a binary search for it wants. */
  private static Comparator<StoredFile> byPath(String path) {
    return (file, ignored) -> file.path().compareTo(path);
  }

  private NavigableMap<String, ObjectId> applied(List<GitObjects.Change> changes) {
    NavigableMap<String, ObjectId> next = new TreeMap<>(lastFiles);
    for (GitObjects.Change change : changes) {
      if (change.after() == null) {
        next.remove(change.path());
      } else {
        next.put(change.path(), change.after());
      }
    }
    return next;
  }

  /** A commit's tree and its full audit; empty when its tree cannot be read. */
  Optional<Audited> audit(RevCommit commit) {
    return files(commit).map(files -> new Audited(files, audit(commit, files)));
  }

  /** The full audit of a commit whose files are {@code files}. */
  AuditResult audit(RevCommit commit, Map<String, ObjectId> files) {
    return auditor.audit(commit.name(), stored(files), facts, lines(files));
  }

  /**
   * The findings in {@code paths} of a tree (and the repository-wide ones), without a full audit
   * nor changing what the next full audit is compared with.
   */
  List<Finding> findingsIn(Map<String, ObjectId> files, Set<String> paths) {
    return auditor.findingsIn(stored(files), paths, facts, lines(files));
  }

  /** What gives the facts of a tree with these files their context (Python source roots). */
  FactsCollector collector(Map<String, ObjectId> files) {
    return auditor.collectorFor(stored(files));
  }

  /**
   * Whether {@code changes} between two trees (the first's paths as {@code collector} knows them)
   * leave every other file's findings as they were: each changed file shows the others what it
   * showed before ({@link IncrementalAuditor#sameSurface}), and each file that appeared or vanished
   * is one {@link #contextNeutral} says nothing else depends on. Reads and parses the changed blobs
   * only.
   */
  boolean changesStayLocal(List<GitObjects.Change> changes, FactsCollector collector) {
    if (!sameContexts(changes)) {
      return false;
    }
    for (GitObjects.Change change : changes) {
      if (!change.modified()) {
        continue;
      }
      Optional<FileFacts> before = facts(collector, change.path(), change.before());
      Optional<FileFacts> after = facts(collector, change.path(), change.after());
      boolean same =
          before.isPresent()
              ? after.isPresent() && IncrementalAuditor.sameSurface(before.get(), after.get())
              : after.isEmpty();
      if (!same) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the two trees give every path they share the same context, and a collector set up for
   * the first serves the second: no file that appeared or vanished could change a context.
   */
  boolean sameContexts(List<GitObjects.Change> changes) {
    return changes.stream().allMatch(c -> c.modified() || contextNeutral(c.path()));
  }

  /**
   * Whether adding or removing the file at {@code path} changes nothing any front end sees: no
   * front end reads it, and it makes none of its folders a source root. Probed with a collector
   * that knows only this path against one that knows none, on a source file of each language in
   * each folder above it (a source root is a folder above the files it names).
   */
  private boolean contextNeutral(String path) {
    FactsCollector with = new FactsCollector(Frontends.forRepository(List.of(path)));
    if (!with.contextOf(path).isEmpty()) {
      return false;
    }
    for (int slash = path.indexOf('/'); ; slash = path.indexOf('/', slash + 1)) {
      String folder = path.substring(0, slash + 1);
      for (Dialect dialect : Dialects.all()) {
        String probe = dialect.moduleFiles(folder + "probe").get(0);
        if (!with.contextOf(probe).equals(withoutPaths.contextOf(probe))) {
          return false;
        }
      }
      if (slash < 0) {
        return true;
      }
    }
  }

  private Optional<FileFacts> facts(FactsCollector collector, String path, ObjectId blob) {
    return StoredFacts.factsOf(
        new StoredFile(path, blob.name(), () -> git.read(path, blob)), collector, facts, s -> {});
  }

  private List<StoredFile> stored(Map<String, ObjectId> files) {
    if (files == lastView && lastStored != null) {
      return lastStored;
    }
    List<StoredFile> list = new ArrayList<>(files.size());
    files.forEach((path, blob) -> list.add(storedFile(path, blob)));
    if (files == lastView) {
      lastStored = list;
    }
    return list;
  }

  private StoredFile storedFile(String path, ObjectId blob) {
    Stored known = stored.get(path);
    if (known == null || !known.blob().equals(blob)) {
      known = new Stored(blob, new StoredFile(path, blob.name(), () -> git.read(path, blob)));
      stored.put(path, known);
    }
    return known.file();
  }

  /** A file of the trees read and its blob. */
  private record Stored(ObjectId blob, StoredFile file) {}

  private LineSource lines(Map<String, ObjectId> files) {
    return path -> linesOf(path, files.get(path));
  }

  /** Files the rules were run on, over all audits. */
  long filesJudged() {
    return auditor.filesJudged();
  }

  /** Distinct (path, blob) pairs read and parsed so far. */
  int blobsAudited() {
    return parsed.get();
  }

  private List<String> linesOf(String path, ObjectId blob) {
    if (blob == null) {
      return List.of();
    }
    List<String> cached = lines.get(blob);
    if (cached != null) {
      return cached;
    }
    List<String> read =
        git.read(path, blob) instanceof ReadOutcome.Text text
            ? text.file().text().lines().toList()
            : List.of();
    lines.put(blob, read);
    return read;
  }

  /** A rough size on the heap of a file's lines. */
  private static long estimatedBytes(List<String> lines) {
    long bytes = 64;
    for (String line : lines) {
      bytes += 48 + line.length();
    }
    return bytes;
  }

  /** Counts what is put: each put is one (path, blob) that was read and parsed. */
  private static FactsCache counting(FactsCache cache, AtomicInteger puts) {
    return new FactsCache() {
      @Override
      public Optional<FileFacts> get(FactsKey key) {
        return cache.get(key);
      }

      @Override
      public void put(FactsKey key, FileFacts value) {
        puts.incrementAndGet();
        cache.put(key, value);
      }
    };
  }

  /** A commit's files by path and its audit. */
  record Audited(Map<String, ObjectId> files, AuditResult result) {}
}
