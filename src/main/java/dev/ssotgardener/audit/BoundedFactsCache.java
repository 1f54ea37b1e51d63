package dev.ssotgardener.audit;

import dev.ssotgardener.facts.FileFacts;
import java.util.Optional;

/**
 * Facts in memory for one run, up to an estimated size: past it, the least recently used are
 * dropped (and parsed again if asked for). A history walk meets far more blobs than it keeps using;
 * an unbounded cache grew with every version of every file it passed.
 */
public final class BoundedFactsCache implements FactsCache {
  private final SizedLru<FactsKey, FileFacts> entries;

  /**
   * @param maxBytes the estimated size ({@link #estimatedBytes}) of the facts kept at most
   */
  public BoundedFactsCache(long maxBytes) {
    this.entries = new SizedLru<>(maxBytes, BoundedFactsCache::estimatedBytes);
  }

  @Override
  public Optional<FileFacts> get(FactsKey key) {
    return Optional.ofNullable(entries.get(key));
  }

  @Override
  public void put(FactsKey key, FileFacts facts) {
    entries.put(key, facts);
  }

  /**
   * A rough size on the heap: each fact (a reference with its spans and strings, an import, a
   * class) costs a few hundred bytes, a conflict block its sides' text. Measured on a Python
   * monorepo's facts: ~380 bytes per reference, import or class on average.
   */
  static long estimatedBytes(FileFacts f) {
    long items =
        f.references().size()
            + f.unboundReferences().size()
            + f.imports().size()
            + f.classes().size()
            + f.aliases().size()
            + f.suppressions().size()
            + f.syntaxErrors().size()
            + f.runnerBlocks().size()
            + f.entryPoints().size()
            + f.testConfigs().size()
            + f.layout().size()
            + f.brokenMarkers().size();
    return 512 + 384 * items + 64L * f.definedNames().size() + 4096L * f.conflicts().size();
  }
}
