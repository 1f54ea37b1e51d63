package dev.ssotgardener.audit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
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
  private final BiConsumer<K, V> dropped;
  private final LinkedHashMap<K, V> entries = new LinkedHashMap<>(1024, 0.75f, true);
  private long bytes;

  public SizedLru(long maxBytes, ToLongFunction<V> weigher) {
    this(maxBytes, weigher, (k, v) -> {});
  }

  /**
   * @param dropped told of each entry dropped to stay within the bound, outside the lock, so it may
   *     do slow work (keep the value in another form)
   */
  public SizedLru(long maxBytes, ToLongFunction<V> weigher, BiConsumer<K, V> dropped) {
    this.maxBytes = maxBytes;
    this.weigher = weigher;
    this.dropped = dropped;
  }

  /** The value of {@code key}, or null; counts as a use. */
  public synchronized V get(K key) {
    return entries.get(key);
  }

  public void put(K key, V value) {
    List<Map.Entry<K, V>> out = new ArrayList<>(0);
    synchronized (this) {
      V old = entries.put(key, value);
      if (old != null) {
        bytes -= weigher.applyAsLong(old);
      }
      bytes += weigher.applyAsLong(value);
      Iterator<Map.Entry<K, V>> eldest = entries.entrySet().iterator();
      while (bytes > maxBytes && eldest.hasNext()) {
        Map.Entry<K, V> entry = eldest.next();
        bytes -= weigher.applyAsLong(entry.getValue());
        out.add(Map.entry(entry.getKey(), entry.getValue()));
        eldest.remove();
      }
    }
    out.forEach(e -> dropped.accept(e.getKey(), e.getValue()));
  }

  /** Whether {@code key} has a value; not a use. */
  public synchronized boolean contains(K key) {
    return entries.containsKey(key);
  }
}
