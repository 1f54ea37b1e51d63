package dev.ssotgardener.audit;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.Language;
import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.finding.Summary;
import dev.ssotgardener.index.RepoIndex;
import dev.ssotgardener.nativelib.NativeFileProbe;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.workspace.FileEntry;
import dev.ssotgardener.workspace.FileWalker;
import dev.ssotgardener.workspace.Listing;
import dev.ssotgardener.workspace.ReadOutcome;
import dev.ssotgardener.workspace.SkippedFile;
import dev.ssotgardener.workspace.SourceFile;
import dev.ssotgardener.workspace.SourceReader;
import dev.ssotgardener.workspace.WalkOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Audits a repository: files → facts → index → rules → findings. */
public final class Auditor {
  private final Policy policy;
  private final WalkOptions options;
  private final FactsCache cache;
  private final SourceReader reader = new SourceReader();

  public Auditor(Policy policy, WalkOptions options) {
    this(policy, options, FactsCache.none());
  }

  /**
   * @param cache facts of files seen before, by content; consulted and filled by every audit
   */
  public Auditor(Policy policy, WalkOptions options, FactsCache cache) {
    this.policy = policy;
    this.options = options;
    this.cache = cache;
  }

  /** Audits the files under {@code root} on disk. */
  public AuditResult audit(Path root) throws IOException {
    return audit(root, AuditProgress.none());
  }

  /** Audits the files under {@code root} on disk, telling {@code progress} after each file. */
  public AuditResult audit(Path root, AuditProgress progress) throws IOException {
    return audit(root, root, progress);
  }

  /** An audit and the index it judged: for a caller that goes on working on the same tree. */
  public record Indexed(AuditResult result, RepoIndex index) {}

  /**
   * Audits the files under {@code root} and keeps the index of every file's facts, so that work on
   * the same tree (choosing tests, planning fixes) parses nothing again.
   */
  public Indexed auditIndexed(Path root, AuditProgress progress) throws IOException {
    Listing listing = new FileWalker(options).walk(root);
    List<SkippedFile> skipped = Collections.synchronizedList(new ArrayList<>(listing.skipped()));
    List<FileFacts> facts =
        read(paths(listing), listing.files(), skipped, ReadPlan.EVERY_FILE, progress);
    Map<String, FileEntry> entries =
        listing.files().stream().collect(Collectors.toMap(FileEntry::path, Function.identity()));
    RepoIndex index = RepoIndex.of(facts);
    LineSource lines = path -> readLines(entries.get(path));
    List<Finding> findings = new RuleRunner(policy).run(index, lines);
    return new Indexed(
        new AuditResult(root.toString(), summarize(facts, skipped, findings), findings), index);
  }

  /**
   * Audits the folder {@code folder} of the repository at {@code repository}: names resolve against
   * the whole repository, findings are those of the files under {@code folder}, with paths relative
   * to it, as an audit of {@code folder} alone gives them. Only the files outside {@code folder}
   * that resolution can reach are read ({@link NeededFiles}).
   */
  public AuditResult audit(Path repository, Path folder, AuditProgress progress)
      throws IOException {
    return judge(gather(repository, folder, Shard.ALL, progress));
  }

  /**
   * What an audit of the files of {@code shard} under {@code folder} judges (see {@link
   * #audit(Path, Path, AuditProgress)}): only their facts are collected, and those of the files
   * outside the folder that their names reach; no rule runs.
   */
  public Gathered gather(Path repository, Path folder, Shard shard, AuditProgress progress)
      throws IOException {
    FolderScope scope = FolderScope.of(repository, folder);
    if (scope.whole() || !needsEveryFile(policy)) {
      Listing listing = new FileWalker(options).walk(folder);
      List<FileEntry> judged = listing.files().stream().filter(e -> shard.holds(e.path())).toList();
      List<SkippedFile> skipped = Collections.synchronizedList(new ArrayList<>());
      listing.skipped().stream().filter(s -> shard.holds(s.path())).forEach(skipped::add);
      List<FileFacts> facts = read(paths(listing), judged, skipped, ReadPlan.of(policy), progress);
      Map<String, FileEntry> entries = new HashMap<>();
      judged.forEach(e -> entries.put(e.path(), e));
      return gathered(folder, facts, List.of(), entries, skipped);
    }
    FolderFacts read = folderFacts(repository, scope, shard, progress);
    Set<String> judgedPaths = new HashSet<>();
    read.judged().forEach(f -> judgedPaths.add(f.path()));
    List<FileFacts> context =
        read.all().stream().filter(f -> !judgedPaths.contains(f.path())).toList();
    return gathered(folder, read.judged(), context, read.entries(), read.skipped());
  }

  private Gathered gathered(
      Path folder,
      List<FileFacts> judged,
      List<FileFacts> context,
      Map<String, FileEntry> entries,
      List<SkippedFile> skipped) {
    return new Gathered(
        folder.toString(),
        judged,
        context,
        entries.keySet(),
        skipped,
        path -> readLines(entries.get(path)));
  }

  /**
   * The findings of what {@link #gather} gathered, the same whether it was gathered at once or in
   * shards put together in path order.
   */
  public AuditResult judge(Gathered gathered) {
    List<FileFacts> all = new ArrayList<>(gathered.judged());
    all.addAll(gathered.context());
    List<Finding> findings =
        new RuleRunner(policy).run(RepoIndex.of(all), gathered.judged(), gathered.lines());
    return new AuditResult(
        gathered.root(),
        summarize(gathered.judged(), gathered.skipped(), findings),
        findings,
        policy.unmatchedGlobWarnings(gathered.listed()));
  }

  /**
   * The facts of the files of the folder {@code scope} of {@code repository}, and of the files
   * outside it that resolution can reach ({@link NeededFiles}): what an audit, or a fix, of the
   * folder judges it with.
   */
  public FolderFacts folderFacts(Path repository, FolderScope scope, AuditProgress progress)
      throws IOException {
    return folderFacts(repository, scope, Shard.ALL, progress);
  }

  private FolderFacts folderFacts(
      Path repository, FolderScope scope, Shard shard, AuditProgress progress) throws IOException {
    Listing listing = new FileWalker(options).walk(repository);
    List<FileEntry> audited = new ArrayList<>();
    List<FileEntry> outside = new ArrayList<>();
    for (FileEntry entry : listing.files()) {
      if (scope.contains(entry.path())) {
        if (shard.holds(scope.inside(entry.path()))) {
          audited.add(entry);
        }
      } else if (NeededFiles.isSource(entry.path())) {
        outside.add(entry);
      }
    }
    List<String> paths = listing.files().stream().map(FileEntry::path).toList();
    FactsCollector collector =
        new FactsCollector(Frontends.forRepository(paths, List.of(scope.prefix() + "/")), cache);
    List<SkippedFile> skipped = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger done = new AtomicInteger();
    List<FileFacts> auditedFacts = facts(audited, collector, skipped, progress, done);
    List<FileFacts> outsideFacts = new ArrayList<>();
    NeededFiles needed = new NeededFiles(outside);
    Set<String> seen = new HashSet<>(policyNames());
    Set<FileEntry> read = new HashSet<>();
    List<FileEntry> next = entriesFor(seen, needed, read);
    auditedFacts.forEach(f -> next.addAll(entriesFor(newNames(f, true, seen), needed, read)));
    while (!next.isEmpty()) {
      List<FileFacts> found = facts(List.copyOf(next), collector, skipped, progress, done);
      next.clear();
      outsideFacts.addAll(found);
      found.forEach(f -> next.addAll(entriesFor(newNames(f, false, seen), needed, read)));
    }
    cache.saveContentIds();
    // In path order, as the files of other shards come back at a merge: the index keeps the first
    // of two classes of one name.
    outsideFacts.sort(Comparator.comparing(FileFacts::path));
    List<FileFacts> all = new ArrayList<>();
    List<FileFacts> judged = new ArrayList<>();
    for (FileFacts f : auditedFacts) {
      FileFacts rebased = f.withPath(scope.inside(f.path()));
      judged.add(rebased);
      all.add(rebased);
    }
    outsideFacts.forEach(f -> all.add(f.withPath(scope.outside(f.path()))));
    Map<String, FileEntry> entries = new HashMap<>();
    audited.forEach(e -> entries.put(scope.inside(e.path()), e));
    List<SkippedFile> skippedInside = new ArrayList<>();
    for (SkippedFile s : listing.skipped()) {
      if (scope.contains(s.path()) && shard.holds(scope.inside(s.path()))) {
        skippedInside.add(new SkippedFile(scope.inside(s.path()), s.reason(), s.detail()));
      }
    }
    for (SkippedFile s : skipped) {
      if (scope.contains(s.path())) {
        skippedInside.add(new SkippedFile(scope.inside(s.path()), s.reason(), s.detail()));
      }
    }
    return new FolderFacts(scope, judged, all, entries, skippedInside, collector);
  }

  /** The names the policy itself resolves: canonicals, forbidden and replaced names. */
  private Set<String> policyNames() {
    Set<String> names = new HashSet<>();
    policy
        .truths()
        .forEach(
            t -> {
              names.addAll(t.canonical());
              names.addAll(t.forbids());
              names.addAll(t.replaces());
            });
    return names;
  }

  /** The names of {@code facts} not looked up yet, now marked as looked up. */
  private static Set<String> newNames(FileFacts facts, boolean audited, Set<String> seen) {
    Set<String> fresh = new HashSet<>();
    for (String name : NeededFiles.namesOf(facts, audited)) {
      if (seen.add(name)) {
        fresh.add(name);
      }
    }
    return fresh;
  }

  /** The files {@code names} may lie in and not yet read, now marked as read. */
  private static List<FileEntry> entriesFor(
      Collection<String> names, NeededFiles needed, Set<FileEntry> read) {
    List<FileEntry> out = new ArrayList<>();
    for (String name : names) {
      for (FileEntry entry : needed.candidates(name)) {
        if (read.add(entry)) {
          out.add(entry);
        }
      }
    }
    return out;
  }

  private List<FileFacts> facts(
      List<FileEntry> entries,
      FactsCollector collector,
      List<SkippedFile> skipped,
      AuditProgress progress,
      AtomicInteger done) {
    int total = done.get() + entries.size();
    return entries.parallelStream()
        .map(
            entry -> {
              Optional<FileFacts> one = factsOf(entry, collector, skipped);
              progress.filesRead(done.incrementAndGet(), total);
              return one;
            })
        .flatMap(Optional::stream)
        .toList();
  }

  /** The index of the files under {@code root}: what choosing the tests of a change needs. */
  public RepoIndex index(Path root) throws IOException {
    Listing listing = new FileWalker(options).walk(root);
    return RepoIndex.of(
        read(
            paths(listing),
            listing.files(),
            Collections.synchronizedList(new ArrayList<>()),
            ReadPlan.EVERY_FILE,
            AuditProgress.none()));
  }

  /**
   * Whether the rules may need the facts of every file: dangling imports and every truth need the
   * definitions of all modules; the other checks judge each file alone ({@link ReadPlan}).
   */
  static boolean needsEveryFile(Policy policy) {
    return ReadPlan.of(policy).everyFile();
  }

  private static List<String> paths(Listing listing) {
    return listing.files().stream().map(FileEntry::path).toList();
  }

  /**
   * Facts of {@code files}, some of the files at {@code paths} (the whole listing, which front ends
   * see), as far as {@code plan} needs them: a file it needs no parse of is read, but decoded only
   * if its bytes may hold what an enabled check looks for, and stands in the facts as a text file
   * (without markers when undecoded).
   */
  private List<FileFacts> read(
      List<String> paths,
      List<FileEntry> files,
      List<SkippedFile> skipped,
      ReadPlan plan,
      AuditProgress progress) {
    FactsCollector collector = new FactsCollector(Frontends.forRepository(paths), cache);
    ProbedReader probed = new ProbedReader(reader, plan, NativeFileProbe.load());
    AtomicInteger done = new AtomicInteger();
    int total = files.size();
    List<FileFacts> facts =
        files.parallelStream()
            .map(
                entry -> {
                  boolean source = collector.isSource(entry.path());
                  Optional<FileFacts> one =
                      plan.everyFile() || plan.everySource() && source
                          ? factsOf(entry, collector, skipped)
                          : unparsed(entry, source, probed, collector, skipped);
                  progress.filesRead(done.incrementAndGet(), total);
                  return one;
                })
            .flatMap(Optional::stream)
            .toList();
    cache.saveContentIds();
    return facts;
  }

  /**
   * Facts of one file on disk: from the cache without reading the file when the cache trusts the
   * content id it recorded for the file's size and modification time, else read and collected.
   */
  private Optional<FileFacts> factsOf(
      FileEntry entry, FactsCollector collector, List<SkippedFile> skipped) {
    boolean timed = entry.modifiedNanos() != FileEntry.UNKNOWN_TIME;
    if (timed) {
      Optional<String> known =
          cache.knownContentId(entry.path(), entry.size(), entry.modifiedNanos());
      if (known.isPresent()) {
        Optional<FileFacts> cached =
            cache
                .get(new FactsKey(entry.path(), known.get(), collector.contextOf(entry.path())))
                .filter(collector::stillHolds);
        if (cached.isPresent()) {
          cache.sawContentId(entry.path(), entry.size(), entry.modifiedNanos(), known.get());
          return cached;
        }
      }
    }
    ReadOutcome outcome = reader.read(entry);
    if (outcome instanceof ReadOutcome.Text text) {
      // Hashed for the cache alone; one that remembers nothing needs no id.
      String id = cache.remembers() ? FactsKey.contentIdOf(text.file().text()) : null;
      FileFacts facts = collector.collect(text.file(), id);
      if (timed && id != null) {
        cache.sawContentId(entry.path(), entry.size(), entry.modifiedNanos(), id);
      }
      return Optional.of(facts);
    }
    skipped.add(((ReadOutcome.Skipped) outcome).skipped());
    return Optional.empty();
  }

  /**
   * Facts of a file {@code plan} does not parse outright: collected only when its bytes may hold a
   * marker or, in a source file, our suppression (a source file is parsed then: a marker inside a
   * string literal is no conflict).
   */
  private Optional<FileFacts> unparsed(
      FileEntry entry,
      boolean source,
      ProbedReader probed,
      FactsCollector collector,
      List<SkippedFile> skipped) {
    ReadOutcome outcome = probed.read(entry, source);
    if (outcome instanceof ReadOutcome.Text text) {
      return Optional.of(collector.collect(text.file()));
    }
    if (outcome instanceof ReadOutcome.Undecoded undecoded) {
      return Optional.of(FileFacts.text(undecoded.path(), List.of(), List.of()));
    }
    skipped.add(((ReadOutcome.Skipped) outcome).skipped());
    return Optional.empty();
  }

  /**
   * Audits files already in memory (a git tree, a proposed fix): the same rules, no disk access.
   */
  public AuditResult audit(String root, List<SourceFile> files) {
    List<String> paths = files.stream().map(SourceFile::path).toList();
    FactsCollector collector = new FactsCollector(Frontends.forRepository(paths), cache);
    List<FileFacts> facts = files.parallelStream().map(collector::collect).toList();
    Map<String, SourceFile> byPath =
        files.stream().collect(Collectors.toMap(SourceFile::path, Function.identity()));
    return result(root, facts, List.of(), path -> linesOf(byPath.get(path)));
  }

  /**
   * Audits files known by content id (a git tree): only files whose facts {@code cache} lacks are
   * read and parsed; {@code lines} gives the lines of files with findings, for snippets.
   */
  public AuditResult audit(
      String root, List<StoredFile> files, FactsCache cache, LineSource lines) {
    StoredFacts loaded = StoredFacts.load(files, cache);
    return result(root, loaded.facts(), loaded.skipped(), lines);
  }

  private AuditResult result(
      String root, List<FileFacts> facts, List<SkippedFile> skipped, LineSource lines) {
    List<Finding> findings = new RuleRunner(policy).run(RepoIndex.of(facts), lines);
    return new AuditResult(root, summarize(facts, skipped, findings), findings);
  }

  private List<String> readLines(FileEntry entry) {
    if (entry != null && reader.read(entry) instanceof ReadOutcome.Text text) {
      return linesOf(text.file());
    }
    return List.of();
  }

  /** Lines as the front ends count them: LF, CRLF and a lone CR each end a line. */
  private static List<String> linesOf(SourceFile file) {
    return file == null ? List.of() : file.text().lines().toList();
  }

  static Summary summarize(
      List<FileFacts> facts, List<SkippedFile> skipped, List<Finding> findings) {
    int parsed = 0;
    int unparsable = 0;
    for (FileFacts f : facts) {
      if (f.language() != Language.TEXT) {
        if (f.syntaxErrors().isEmpty()) {
          parsed++;
        } else {
          unparsable++;
        }
      }
    }
    Map<String, Integer> byTruth = new TreeMap<>();
    findings.forEach(f -> byTruth.merge(f.truth(), 1, Integer::sum));
    Map<String, Integer> skippedByReason = new TreeMap<>();
    skipped.forEach(s -> skippedByReason.merge(s.reason().id(), 1, Integer::sum));
    return new Summary(facts.size(), parsed, unparsable, findings.size(), byTruth, skippedByReason);
  }
}
