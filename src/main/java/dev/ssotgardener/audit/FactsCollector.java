package dev.ssotgardener.audit;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.Language;
import dev.ssotgardener.facts.Span;
import dev.ssotgardener.facts.SyntaxError;
import dev.ssotgardener.lang.ConflictScan;
import dev.ssotgardener.lang.ConflictScanner;
import dev.ssotgardener.lang.Frontend;
import dev.ssotgardener.lang.PathChanges;
import dev.ssotgardener.workspace.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Turns one source file into facts with the first front end that handles it; every other text file
 * still gets its conflict markers scanned.
 */
public final class FactsCollector {
  private final List<Frontend> frontends;
  private final FactsCache cache;
  private final ConflictScanner conflicts = new ConflictScanner();

  public FactsCollector(List<Frontend> frontends) {
    this(frontends, FactsCache.none());
  }

  public FactsCollector(List<Frontend> frontends, FactsCache cache) {
    this.frontends = List.copyOf(frontends);
    this.cache = cache;
  }

  /**
   * This collector for the same repository after {@code changes} to its paths ({@link
   * Frontend#after}): itself when no front end's view changed.
   */
  public FactsCollector after(PathChanges changes) {
    List<Frontend> next = frontends.stream().map(f -> f.after(changes)).toList();
    for (int i = 0; i < next.size(); i++) {
      if (next.get(i) != frontends.get(i)) {
        return new FactsCollector(next, cache);
      }
    }
    return this;
  }

  /** What the facts of {@code path} depend on besides path and content; see {@link FactsKey}. */
  public String contextOf(String path) {
    Frontend frontend = frontendFor(path);
    return frontend == null ? "" : frontend.language() + ":" + frontend.context(path);
  }

  /** Whether a front end parses {@code path} with a grammar (not a text file or a config file). */
  public boolean isSource(String path) {
    Frontend frontend = frontendFor(path);
    return frontend != null && frontend.language() != Language.TEXT;
  }

  public FileFacts collect(SourceFile file) {
    return collect(file, null);
  }

  /**
   * Facts of {@code file} whose content id is known ({@link FactsKey#contentIdOf} of its text), or
   * null to compute it if needed. With a known id, facts of files no front end handles are cached
   * too, so an audit that trusts recorded content ids need not read them again.
   */
  public FileFacts collect(SourceFile file, String contentId) {
    Frontend frontend = frontendFor(file.path());
    if (frontend == null && contentId == null) {
      return textFacts(file);
    }
    // Without a cache that remembers, the content id would be hashed for nothing.
    FactsKey key = null;
    if (cache.remembers()) {
      String id = contentId != null ? contentId : FactsKey.contentIdOf(file.text());
      key = new FactsKey(file.path(), id, contextOf(file.path()));
      Optional<FileFacts> cached = cache.get(key).filter(this::stillHolds);
      if (cached.isPresent()) {
        return cached.get();
      }
    }
    FileFacts facts;
    try {
      facts = frontend == null ? textFacts(file) : frontend.analyze(file);
    } catch (RuntimeException e) {
      // A front-end failure on one file must not end the audit; the file is reported instead.
      return frontendFailure(frontend, file, e);
    }
    if (key != null) {
      cache.put(key, facts);
    }
    return facts;
  }

  /**
   * Whether cached facts still hold among this collector's files: a file's facts may depend on
   * which other files exist ({@link FileFacts#layout}).
   */
  public boolean stillHolds(FileFacts cached) {
    Frontend frontend = frontendFor(cached.path());
    return frontend == null || frontend.stillHolds(cached);
  }

  /**
   * Which files of a tree with the paths of {@code earlier} (made by {@link Frontends} for other
   * paths of the same repository, or derived by {@link #after}) keep their facts among this
   * collector's: the file has the same context here, and its facts (null for a file skipped) still
   * hold ({@link #stillHolds}, with what each front end can tell once from the paths that differ).
   * Asked of every kept file at each commit that adds or removes a path: each path's front end is
   * found once, and one that {@link #after} kept as it was answers yes.
   */
  public BiPredicate<String, FileFacts> keepsAfter(FactsCollector earlier) {
    if (earlier == this) {
      return (path, facts) -> true;
    }
    if (earlier.frontends.size() != frontends.size()) {
      return (path, facts) ->
          contextOf(path).equals(earlier.contextOf(path)) && (facts == null || stillHolds(facts));
    }
    List<Predicate<FileFacts>> holds = new ArrayList<>(frontends.size());
    for (int i = 0; i < frontends.size(); i++) {
      Frontend mine = frontends.get(i);
      Frontend theirs = earlier.frontends.get(i);
      holds.add(
          mine == theirs
              ? cached -> true
              : mine.getClass() == theirs.getClass()
                  ? mine.stillHoldsAfter(theirs)
                  : mine::stillHolds);
    }
    return (path, facts) -> {
      int i = frontendIndex(path);
      if (i < 0) {
        return earlier.frontendIndex(path) < 0;
      }
      Frontend mine = frontends.get(i);
      if (mine == earlier.frontends.get(i)) {
        return true;
      }
      int j = earlier.frontendIndex(path);
      if (j < 0) {
        return false;
      }
      Frontend theirs = earlier.frontends.get(j);
      return mine.language() == theirs.language()
          && mine.context(path).equals(theirs.context(path))
          && (facts == null || holds.get(i).test(facts));
    };
  }

  private Frontend frontendFor(String path) {
    int i = frontendIndex(path);
    return i < 0 ? null : frontends.get(i);
  }

  /** The index of the first front end that handles {@code path}, or -1. */
  private int frontendIndex(String path) {
    for (int i = 0; i < frontends.size(); i++) {
      if (frontends.get(i).handles(path)) {
        return i;
      }
    }
    return -1;
  }

  private FileFacts textFacts(SourceFile file) {
    ConflictScan scan = conflicts.scan(file.path(), file.text());
    return FileFacts.text(file.path(), scan.blocks(), scan.broken());
  }

  private FileFacts frontendFailure(Frontend frontend, SourceFile file, RuntimeException e) {
    ConflictScan scan = conflicts.scan(file.path(), file.text());
    return new FileFacts(
        file.path(),
        frontend.language(),
        "",
        List.of(),
        List.of(),
        List.of(),
        java.util.Set.of(),
        false,
        scan.blocks(),
        scan.broken(),
        List.of(),
        List.of(new SyntaxError(new Span(1, 1, 1, 1), "the parser failed: " + e)));
  }
}
