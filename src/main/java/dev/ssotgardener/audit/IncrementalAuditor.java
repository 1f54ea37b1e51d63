package dev.ssotgardener.audit;

import dev.ssotgardener.facts.ClassFact;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.ImportFact;
import dev.ssotgardener.facts.Language;
import dev.ssotgardener.facts.TestConfig;
import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.finding.FindingOrder;
import dev.ssotgardener.index.RepoIndex;
import dev.ssotgardener.lang.PathChanges;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.workspace.SkippedFile;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Audits a sequence of trees (the commits of a history), each against the one before: a file's
 * findings are kept unless its result can have changed — its content or facts changed, a module it
 * resolves names through (directly or through re-exports and base classes) changed what other files
 * can see of it, a module its names could resolve to appeared or vanished, or its exemption as a
 * canonical definition changed. The result equals {@link Auditor}'s full audit of the same tree.
 */
public final class IncrementalAuditor {
  private final RuleRunner runner;
  private final Dependencies dependencies = new Dependencies();
  private Tree previous;
  private Loaded lastLoaded;
  private MadeCollector lastMade;
  private long filesJudged;

  public IncrementalAuditor(Policy policy) {
    this.runner = new RuleRunner(policy);
  }

  /**
   * Audits {@code files} like {@link Auditor#audit(String, List, FactsCache, LineSource)}, judging
   * again only the files whose findings can differ from the previous call's tree.
   */
  public AuditResult audit(
      String root, List<StoredFile> files, FactsCache cache, LineSource lines) {
    Loaded loaded = load(files, cache);
    Tree next = new Tree(loaded.index(), loaded, runner);
    Collection<FileFacts> judge;
    if (previous == null || !previous.sameNamespaces(next)) {
      dependencies.rebuild(next.index);
      judge = loaded.facts;
    } else {
      judge = toJudge(previous, next);
    }
    Map<String, List<Finding>> judged = runner.fileFindings(next.index, judge, lines);
    filesJudged += judge.size();
    List<Finding> findings = new ArrayList<>(runner.repositoryFindings(next.index, lines));
    for (FileFacts file : loaded.facts) {
      List<Finding> own = judged.get(file.path());
      if (own == null) {
        own = previous.findings.getOrDefault(file.path(), List.of());
      }
      if (!own.isEmpty()) {
        next.findings.put(file.path(), own);
        findings.addAll(own);
      }
    }
    findings.sort(FindingOrder.INSTANCE);
    previous = next;
    return new AuditResult(
        root, Auditor.summarize(loaded.facts, loaded.skipped, findings), findings);
  }

  /**
   * The findings in {@code paths} of a tree, and of the repository-wide rules, without judging the
   * other files and without touching the sequence's state: enough to tell whether findings followed
   * into a side branch are there.
   */
  public List<Finding> findingsIn(
      List<StoredFile> files, Set<String> paths, FactsCache cache, LineSource lines) {
    Loaded loaded = load(files, cache);
    RepoIndex index = loaded.index();
    List<FileFacts> chosen = loaded.facts.stream().filter(f -> paths.contains(f.path())).toList();
    filesJudged += chosen.size();
    List<Finding> findings = new ArrayList<>(runner.repositoryFindings(index, lines));
    runner.fileFindings(index, chosen, lines).values().forEach(findings::addAll);
    findings.sort(FindingOrder.INSTANCE);
    return findings;
  }

  /**
   * The facts of {@code files}, in their order. A file the tree loaded last (by an audit, or for
   * {@link #findingsIn}: a walk into a side branch goes on along it) had with the same content id
   * keeps its facts (or its reason to be skipped) without a cache lookup when its context is
   * unchanged, which it is for every file when the two trees hold the same paths; only the others
   * are looked up in {@code cache}, or read and parsed. So a tree that differs from the one before
   * in a few files costs a pass over its paths, not a key per file.
   */
  private Loaded load(List<StoredFile> files, FactsCache cache) {
    Loaded old = lastLoaded;
    PathChanges changes = changesFrom(old, files);
    FactsCollector collector = collectorFor(old, changes);
    boolean samePaths = old != null && changes.isEmpty();
    // a collector after() kept as it was gives every kept file the same context and layout
    boolean sameLayout = old != null && collector == old.collector;
    Entry[] kept = new Entry[files.size()];
    List<StoredFile> toLoad = new ArrayList<>();
    BiPredicate<String, FileFacts> keeps =
        old == null || sameLayout ? (p, f) -> true : collector.keepsAfter(old.collector);
    for (int i = 0; i < files.size(); i++) {
      StoredFile file = files.get(i);
      Entry before = old == null ? null : old.byPath.get(file.path());
      boolean same = before != null && before.contentId().equals(file.contentId());
      if (same && !sameLayout) {
        same = keeps.test(file.path(), before.facts());
      }
      if (same) {
        kept[i] = before;
      } else {
        toLoad.add(file);
      }
    }
    if (samePaths && toLoad.isEmpty()) {
      return old; // the same tree again: a walk asks about several commits with one tree
    }
    StoredFacts fresh = StoredFacts.load(toLoad, collector, cache);
    Map<String, FileFacts> freshFacts = new HashMap<>();
    fresh.facts().forEach(f -> freshFacts.put(f.path(), f));
    Map<String, SkippedFile> freshSkipped = new HashMap<>();
    fresh.skipped().forEach(f -> freshSkipped.put(f.path(), f));
    List<FileFacts> facts = new ArrayList<>(files.size());
    List<SkippedFile> skipped = new ArrayList<>();
    Map<String, Entry> byPath = new HashMap<>(files.size() * 4 / 3 + 1);
    for (int i = 0; i < files.size(); i++) {
      StoredFile file = files.get(i);
      Entry entry = kept[i];
      if (entry == null) {
        FileFacts made = freshFacts.get(file.path());
        entry =
            new Entry(file.contentId(), made, made == null ? freshSkipped.get(file.path()) : null);
      }
      byPath.put(file.path(), entry);
      if (entry.facts() != null) {
        facts.add(entry.facts());
      } else if (entry.skipped() != null) {
        skipped.add(entry.skipped());
      }
    }
    Loaded next = new Loaded(facts, skipped, collector, byPath);
    if (old != null) {
      List<FileFacts> gone = new ArrayList<>();
      for (StoredFile file : toLoad) {
        old.factsOf(file.path()).ifPresent(gone::add);
      }
      for (String path : changes.removed()) {
        old.factsOf(path).ifPresent(gone::add);
      }
      next.indexFrom(old, gone, fresh.facts());
    }
    lastLoaded = next;
    return lastLoaded;
  }

  /**
   * What gives the facts of a tree of {@code files} their context: the collector of the last tree
   * loaded after the paths that differ ({@link FactsCollector#after}), that collector itself when
   * none do, or one made from every path for the first tree.
   */
  public FactsCollector collectorFor(List<StoredFile> files) {
    return collectorFor(lastLoaded, changesFrom(lastLoaded, files));
  }

  /**
   * The collector for the paths of {@code base} after {@code changes}; the last one made is kept,
   * since a walk asks for a tree's collector before it loads the tree.
   */
  private FactsCollector collectorFor(Loaded base, PathChanges changes) {
    if (base != null && changes.isEmpty()) {
      return base.collector;
    }
    if (lastMade == null
        || lastMade.base() != base
        || !lastMade.added().equals(changes.added())
        || !lastMade.removed().equals(changes.removed())) {
      FactsCollector made =
          base == null
              ? new FactsCollector(Frontends.forRepository(changes.paths()))
              : base.collector.after(changes);
      lastMade = new MadeCollector(base, changes.added(), changes.removed(), made);
    }
    return lastMade.collector();
  }

  /**
   * How the paths of {@code files} differ from those {@code base} loaded; every path is added when
   * there is none.
   */
  private static PathChanges changesFrom(Loaded base, List<StoredFile> files) {
    List<String> paths =
        new AbstractList<>() {
          @Override
          public String get(int index) {
            return files.get(index).path();
          }

          @Override
          public int size() {
            return files.size();
          }
        };
    if (base == null) {
      return new PathChanges(paths, new HashSet<>(paths), Set.of());
    }
    Set<String> added = new HashSet<>();
    for (StoredFile file : files) {
      if (!base.byPath.containsKey(file.path())) {
        added.add(file.path());
      }
    }
    Set<String> removed = new HashSet<>();
    if (files.size() - added.size() != base.byPath.size()) {
      Set<String> now = new HashSet<>(paths);
      base.byPath.keySet().stream().filter(p -> !now.contains(p)).forEach(removed::add);
    }
    return new PathChanges(paths, added, removed);
  }

  /** The collector made for the paths of {@code base} (none: no paths) after these changes. */
  private record MadeCollector(
      Loaded base, Set<String> added, Set<String> removed, FactsCollector collector) {}

  /** A file of a loaded tree: its content id, and its facts or its reason to be skipped. */
  private record Entry(String contentId, FileFacts facts, SkippedFile skipped) {}

  /**
   * The facts of one tree, the files that could not be read, the collector of its paths, and each
   * file's {@link Entry} by path (an unchanged file keeps the entry of the tree before); its index
   * is made on first use.
   */
  private static final class Loaded {
    final List<FileFacts> facts;
    final List<SkippedFile> skipped;
    final FactsCollector collector;
    final Map<String, Entry> byPath;
    private RepoIndex index;
    private Loaded earlier;
    private List<FileFacts> gone;
    private List<FileFacts> come;

    Loaded(
        List<FileFacts> facts,
        List<SkippedFile> skipped,
        FactsCollector collector,
        Map<String, Entry> byPath) {
      this.facts = facts;
      this.skipped = skipped;
      this.collector = collector;
      this.byPath = byPath;
    }

    /** The facts of the file at {@code path}, or null when there is none or it was skipped. */
    FileFacts facts(String path) {
      Entry entry = byPath.get(path);
      return entry == null ? null : entry.facts();
    }

    Optional<FileFacts> factsOf(String path) {
      return Optional.ofNullable(facts(path));
    }

    /**
     * Makes the index, when first used, from {@code earlier}'s without {@code gone} and with {@code
     * come} ({@link RepoIndex#with}), if {@code earlier}'s index was made by then.
     */
    void indexFrom(Loaded earlier, List<FileFacts> gone, List<FileFacts> come) {
      this.earlier = earlier;
      this.gone = gone;
      this.come = come;
    }

    RepoIndex index() {
      if (index == null) {
        index =
            earlier != null && earlier.index != null
                ? earlier.index.with(facts, gone, come)
                : RepoIndex.of(facts);
        // a tree keeps no earlier one alive
        earlier = null;
        gone = null;
        come = null;
      }
      return index;
    }
  }

  /**
   * Whether two versions of one file show other files the same thing: swapping one for the other in
   * a tree (same paths, same context) can change the findings of that file alone.
   */
  public static boolean sameSurface(FileFacts before, FileFacts after) {
    return Surface.of(before).equals(Surface.of(after));
  }

  /** Files the rules were run on so far, over all calls. */
  public long filesJudged() {
    return filesJudged;
  }

  /**
   * The files of {@code next} to judge again: changed files; every file resolving a name through a
   * file whose visible surface changed, transitively, in the old or the new dependencies; files
   * with a name under a module or package that appeared or vanished; files whose exemption changed.
   * Moves {@link #dependencies} from {@code old} to {@code next}.
   */
  private Collection<FileFacts> toJudge(Tree old, Tree next) {
    Set<String> changed = new HashSet<>();
    Set<String> seeds = new HashSet<>();
    for (FileFacts file : next.index.files()) {
      String path = file.path();
      Entry was = old.loaded.byPath.get(path);
      Entry is = next.loaded.byPath.get(path);
      // an unchanged file keeps its entry object from tree to tree
      FileFacts before = was == null ? null : was.facts();
      boolean same =
          was == is
              || before != null
                  && (before == file || before.equals(file))
                  && was.contentId().equals(is.contentId());
      if (!same) {
        changed.add(path);
        if (before == null || !sameSurface(before, file)) {
          seeds.add(path);
        }
      }
    }
    Set<String> removed = new HashSet<>();
    old.loaded.byPath.forEach(
        (path, entry) -> {
          if (entry.facts() != null && next.loaded.facts(path) == null) {
            removed.add(path);
          }
        });
    seeds.addAll(removed);
    Set<String> appeared = next.index.namespacesDifferingFrom(old.index);
    if (!appeared.isEmpty()) {
      // recorded names are the old tree's: current for every file but the changed ones
      dependencies.naming(appeared).stream()
          .filter(p -> next.loaded.facts(p) != null && !changed.contains(p))
          .forEach(seeds::add);
      for (String path : changed) {
        if (Dependencies.namesUnder(next.loaded.facts(path), appeared)) {
          seeds.add(path);
        }
      }
    }
    Set<String> judge = new HashSet<>(changed);
    Set<String> narrow = new HashSet<>();
    for (String path : seeds) {
      FileFacts before = old.loaded.facts(path);
      FileFacts after = next.loaded.facts(path);
      if (Dependencies.changesOnlyItsClasses(before, after, old.index, next.index)) {
        narrow.add(path);
      }
    }
    judge.addAll(dependencies.closure(seeds, narrow, old.loaded::facts));
    removed.forEach(dependencies::remove);
    for (String path : union(seeds, changed)) {
      FileFacts file = next.loaded.facts(path);
      if (file != null) {
        dependencies.put(file, next.index);
      }
    }
    judge.addAll(dependencies.closure(seeds, narrow, next.loaded::facts));
    for (String folder : testConfigFolders(old, next, union(changed, removed))) {
      next.loaded.facts.stream()
          .map(FileFacts::path)
          .filter(p -> p.startsWith(folder))
          .forEach(judge::add);
    }
    for (String rule : union(old.exempt.keySet(), next.exempt.keySet())) {
      PathChanges.eachInOneOnly(
          old.exempt.getOrDefault(rule, Set.of()),
          next.exempt.getOrDefault(rule, Set.of()),
          judge::add);
    }
    return next.index.files().stream().filter(f -> judge.contains(f.path())).toList();
  }

  /**
   * The folders (with a trailing {@code /}, empty for the top) of configuration files among {@code
   * changed} whose test settings differ between the trees: which classes count as tests changed
   * under them.
   */
  private static Set<String> testConfigFolders(Tree old, Tree next, Set<String> changed) {
    Set<String> folders = new HashSet<>();
    for (String path : changed) {
      FileFacts before = old.loaded.facts(path);
      FileFacts after = next.loaded.facts(path);
      List<TestConfig> was = before == null ? List.of() : before.testConfigs();
      List<TestConfig> is = after == null ? List.of() : after.testConfigs();
      if (!was.equals(is)) {
        folders.add(path.substring(0, path.lastIndexOf('/') + 1));
      }
    }
    return folders;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return out;
  }

  /** One audited tree: its files, namespaces, exemptions, and the findings of files with some. */
  private static final class Tree {
    final RepoIndex index;
    final Loaded loaded;
    final Map<String, Set<String>> exempt;
    final Map<String, List<Finding>> findings = new HashMap<>();

    Tree(RepoIndex index, Loaded loaded, RuleRunner runner) {
      this.index = index;
      this.loaded = loaded;
      this.exempt = runner.exemptions(index);
    }

    /** Whether the same names count as the repository's own (see {@link RepoIndex#isLocal}). */
    boolean sameNamespaces(Tree other) {
      return index.sameNamespaces(other.index);
    }
  }

  /** What the index lets other files see of a file; a change elsewhere affects only the file. */
  private record Surface(
      Language language,
      String module,
      boolean dynamicNamespace,
      Set<String> definedNames,
      List<List<Object>> classes,
      List<List<Object>> imports) {
    static Surface of(FileFacts f) {
      List<List<Object>> classes = new ArrayList<>();
      for (ClassFact c : f.classes()) {
        // what decides whether a subclass, or a user of an annotation, is a test class
        classes.add(
            List.of(
                c.qualifiedName(),
                c.bases(),
                c.kind(),
                c.annotations(),
                c.methodAnnotations(),
                c.declaresInitializer()));
      }
      List<List<Object>> imports = new ArrayList<>();
      // a Java import is private to its file: only a Python module's imports are names of it
      for (ImportFact i : f.language().moduleIsFolder() ? List.<ImportFact>of() : f.imports()) {
        imports.add(
            Arrays.asList(i.target(), i.localName(), i.localTarget(), i.wildcard(), i.isStatic()));
      }
      return new Surface(
          f.language(), f.module(), f.dynamicNamespace(), f.definedNames(), classes, imports);
    }
  }
}
