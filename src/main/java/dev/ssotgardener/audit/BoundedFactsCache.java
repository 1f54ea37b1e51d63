package dev.ssotgardener.audit;

import dev.ssotgardener.cache.RecordCodec;
import dev.ssotgardener.facts.FileFacts;
import java.util.Optional;

/**
 * Facts in memory for one run, up to an estimated size, in two tiers: the most recently used as
 * objects, and those pushed out of that tier in their compact binary form ({@link RecordCodec},
 * several times smaller), decoded again when asked for. Only past the second bound are facts
 * dropped (and parsed again if asked for). A history walk that alternates between a first-parent
 * tree and side branches far from it asks for more files than the first tier holds, round after
 * round; with one tier, least-recently-used order made it parse every one of them again each time.
 */
public final class BoundedFactsCache implements FactsCache {
  private static final RecordCodec<FileFacts> CODEC = new RecordCodec<>(FileFacts.class);

  private final SizedLru<FactsKey, FileFacts> objects;
  private final SizedLru<FactsKey, byte[]> encoded;

  /**
   * @param maxBytes the estimated size ({@link #estimatedBytes}) of the facts kept as objects, and
   *     the size of those kept encoded
   */
  public BoundedFactsCache(long maxBytes) {
    this.encoded = new SizedLru<>(maxBytes, bytes -> 64L + bytes.length);
    this.objects = new SizedLru<>(maxBytes, BoundedFactsCache::estimatedBytes, this::spill);
  }

  @Override
  public Optional<FileFacts> get(FactsKey key) {
    FileFacts facts = objects.get(key);
    if (facts != null) {
      return Optional.of(facts);
    }
    byte[] bytes = encoded.get(key);
    if (bytes == null) {
      return Optional.empty();
    }
    FileFacts decoded = CODEC.decode(bytes, 0, bytes.length);
    objects.put(key, decoded);
    return Optional.of(decoded);
  }

  @Override
  public void put(FactsKey key, FileFacts facts) {
    objects.put(key, facts);
  }

  /** Keeps facts leaving the first tier in the second, once. */
  private void spill(FactsKey key, FileFacts facts) {
    if (!encoded.contains(key)) {
      encoded.put(key, CODEC.encode(facts));
    }
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
