package dev.ssotgardener.audit;

import dev.ssotgardener.facts.FileFacts;
import java.util.Optional;

/**
 * Facts already computed, by content key: a hash of everything a file's facts depend on (its
 * language, its path and module, its text), computed by {@link FactsCollector}. Implementations are
 * thread-safe and may forget or refuse anything; a miss only costs a parse.
 */
public interface FactsCache {
  Optional<FileFacts> get(String contentKey);

  void put(String contentKey, FileFacts facts);

  /** Remembers nothing. */
  static FactsCache none() {
    return new FactsCache() {
      @Override
      public Optional<FileFacts> get(String contentKey) {
        return Optional.empty();
      }

      @Override
      public void put(String contentKey, FileFacts facts) {}
    };
  }
}
