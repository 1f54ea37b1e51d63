package dev.ssotgardener.audit;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.Span;
import dev.ssotgardener.facts.SyntaxError;
import dev.ssotgardener.lang.ConflictScan;
import dev.ssotgardener.lang.ConflictScanner;
import dev.ssotgardener.lang.Frontend;
import dev.ssotgardener.workspace.SourceFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

  public FileFacts collect(SourceFile file) {
    for (Frontend frontend : frontends) {
      if (frontend.handles(file.path())) {
        String key = contentKey(frontend, file);
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

  /**
   * Facts are a function of the language, the file's context (path, module) and its text only; the
   * policy does not enter, so one cache serves every policy.
   */
  private static String contentKey(Frontend frontend, SourceFile file) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part :
          List.of(frontend.language().name(), frontend.factsContext(file.path()), file.text())) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
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
