package dev.ssotgardener.audit;

import dev.ssotgardener.facts.FileFacts;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Facts in memory for one run, up to an estimated size: past it, the least recently used are
 * dropped (and parsed again if asked for). A history walk meets far more blobs than it keeps using;
 * an unbounded cache grew with every version of every file it passed.
 */
public final class BoundedFactsCache implements FactsCache {
  private final long maxBytes;
  private final LinkedHashMap<FactsKey, FileFacts> entries = new LinkedHashMap<>(1024, 0.75f, true);
  private long bytes;
  private long evicted;

  /**
   * @param maxBytes the estimated size ({@link #estimatedBytes}) of the facts kept at most
   */
  public BoundedFactsCache(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public synchronized Optional<FileFacts> get(FactsKey key) {
    return Optional.ofNullable(entries.get(key));
  }

  @Override
  public synchronized void put(FactsKey key, FileFacts facts) {
    FileFacts old = entries.put(key, facts);
    if (old != null) {
      bytes -= estimatedBytes(old);
    }
    bytes += estimatedBytes(facts);
    Iterator<Map.Entry<FactsKey, FileFacts>> eldest = entries.entrySet().iterator();
    while (bytes > maxBytes && eldest.hasNext()) {
      bytes -= estimatedBytes(eldest.next().getValue());
      eldest.remove();
      evicted++;
    }
  }

  /** Entries dropped so far to stay within the bound. */
  public synchronized long evicted() {
    return evicted;
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
