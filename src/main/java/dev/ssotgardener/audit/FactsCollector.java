package dev.ssotgardener.audit;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.Span;
import dev.ssotgardener.facts.SyntaxError;
import dev.ssotgardener.lang.ConflictScan;
import dev.ssotgardener.lang.ConflictScanner;
import dev.ssotgardener.lang.Frontend;
import dev.ssotgardener.workspace.SourceFile;
import java.util.List;
import java.util.Optional;

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

  /** What the facts of {@code path} depend on besides path and content; see {@link FactsKey}. */
  public String contextOf(String path) {
    for (Frontend frontend : frontends) {
      if (frontend.handles(path)) {
        return frontend.language() + ":" + frontend.context(path);
      }
    }
    return "";
  }

  public FileFacts collect(SourceFile file) {
    for (Frontend frontend : frontends) {
      if (frontend.handles(file.path())) {
        FactsKey key =
            new FactsKey(file.path(), FactsKey.contentIdOf(file.text()), contextOf(file.path()));
        Optional<FileFacts> cached = cache.get(key);
        if (cached.isPresent()) {
          return cached.get();
        }
        try {
          FileFacts facts = frontend.analyze(file);
          cache.put(key, facts);
          return facts;
        } catch (RuntimeException e) {
          // A front-end failure on one file must not end the audit; the file is reported instead.
          return frontendFailure(frontend, file, e);
        }
      }
    }
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
