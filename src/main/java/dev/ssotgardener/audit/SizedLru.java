package dev.ssotgardener.audit;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A map that keeps values up to an estimated total size, dropping the least recently used past it:
 * what a long run remembers of the files it has passed. Thread-safe.
 *
 * @param <K> the key
 * @param <V> the value, whose size {@code weigher} estimates in bytes
 */
public final class SizedLru<K, V> {
  private final long maxBytes;
  private final ToLongFunction<V> weigher;
  private final LinkedHashMap<K, V> entries = new LinkedHashMap<>(1024, 0.75f, true);
  private long bytes;
  private long evicted;

  public SizedLru(long maxBytes, ToLongFunction<V> weigher) {
    this.maxBytes = maxBytes;
    this.weigher = weigher;
  }

  /** The value of {@code key}, or null; counts as a use. */
  public synchronized V get(K key) {
    return entries.get(key);
  }

  public synchronized void put(K key, V value) {
    V old = entries.put(key, value);
    if (old != null) {
      bytes -= weigher.applyAsLong(old);
    }
    bytes += weigher.applyAsLong(value);
    Iterator<Map.Entry<K, V>> eldest = entries.entrySet().iterator();
    while (bytes > maxBytes && eldest.hasNext()) {
      bytes -= weigher.applyAsLong(eldest.next().getValue());
      eldest.remove();
      evicted++;
    }
  }

  /** Entries dropped so far to stay within the bound. */
  public synchronized long evicted() {
    return evicted;
  }
}
