package dev.ssotgardener.audit;

import dev.ssotgardener.facts.FileFacts;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Facts computed before, so a file is parsed once per content: the seam for the history walk (one
 * parse per blob) and for a content cache on disk. Implementations are thread-safe.
 */
public interface FactsCache {
  Optional<FileFacts> get(FactsKey key);

  void put(FactsKey key, FileFacts facts);

  /** Remembers nothing. */
  static FactsCache none() {
    return new FactsCache() {
      @Override
      public Optional<FileFacts> get(FactsKey key) {
        return Optional.empty();
      }

      @Override
      public void put(FactsKey key, FileFacts facts) {}
    };
  }

  /** A cache in memory that keeps everything it is given, for one run. */
  static FactsCache inMemory() {
    Map<FactsKey, FileFacts> map = new ConcurrentHashMap<>();
    return new FactsCache() {
      @Override
      public Optional<FileFacts> get(FactsKey key) {
        return Optional.ofNullable(map.get(key));
      }

      @Override
      public void put(FactsKey key, FileFacts facts) {
        map.put(key, facts);
      }
    };
  }
}
