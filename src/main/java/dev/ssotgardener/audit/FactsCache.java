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

  /**
   * Whether {@link #get} may ever find facts. A cache that never does needs no content id, so a
   * caller may skip hashing the file for one.
   */
  default boolean remembers() {
    return true;
  }

  /**
   * The content id of the file at {@code path} on disk, if an earlier audit saw it with this size
   * and modification time (nanoseconds since the epoch) and that can be trusted without reading it.
   * Caches that keep no such record know none.
   */
  default Optional<String> knownContentId(String path, long size, long modifiedNanos) {
    return Optional.empty();
  }

  /** Records the content id of a file on disk read in this audit, for the next one. */
  default void sawContentId(String path, long size, long modifiedNanos, String contentId) {}

  /** Keeps what {@link #sawContentId} recorded; called once at the end of an audit on disk. */
  default void saveContentIds() {}

  /** Remembers nothing. */
  static FactsCache none() {
    return new FactsCache() {
      @Override
      public Optional<FileFacts> get(FactsKey key) {
        return Optional.empty();
      }

      @Override
      public void put(FactsKey key, FileFacts facts) {}

      @Override
      public boolean remembers() {
        return false;
      }
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
