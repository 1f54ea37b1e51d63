package dev.ssotgardener.index;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * An immutable map from names, kept in shards by hash, so that a copy differing in a few names
 * shares every other shard with the original ({@link #edit}). A history walk derives each commit's
 * index from the one before; copying whole maps per commit was most of that cost.
 */
final class ShardedMap<V> {
  private static final int SHARD_BITS = 8;
  private static final int SHARDS = 1 << SHARD_BITS;

  private final Map<String, V>[] shards;

  private ShardedMap(Map<String, V>[] shards) {
    this.shards = shards;
  }

  static <V> Editor<V> builder() {
    return new Editor<>(newShards());
  }

  /** An editor starting from this map's entries; this map is not changed. */
  Editor<V> edit() {
    return new Editor<>(shards.clone());
  }

  V get(String key) {
    Map<String, V> shard = shards[shard(key)];
    return shard == null ? null : shard.get(key);
  }

  boolean containsKey(String key) {
    Map<String, V> shard = shards[shard(key)];
    return shard != null && shard.containsKey(key);
  }

  Stream<V> values() {
    return Stream.of(shards).filter(s -> s != null).flatMap(s -> s.values().stream());
  }

  void forEach(BiConsumer<String, V> action) {
    for (Map<String, V> shard : shards) {
      if (shard != null) {
        shard.forEach(action);
      }
    }
  }

  /** The keys of this map or {@code other} that the other lacks; shards both share are skipped. */
  Set<String> keysDifferingFrom(ShardedMap<?> other) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < SHARDS; i++) {
      Map<String, ?> mine = shards[i] == null ? Map.of() : shards[i];
      Map<String, ?> theirs = other.shards[i] == null ? Map.of() : other.shards[i];
      if (mine != theirs) {
        mine.keySet().stream().filter(k -> !theirs.containsKey(k)).forEach(out::add);
        theirs.keySet().stream().filter(k -> !mine.containsKey(k)).forEach(out::add);
      }
    }
    return out;
  }

  static int shard(String key) {
    // The top bits of a multiplicative hash: a shard chosen by the low bits of HashMap's own
    // spread put every key of a shard in one bucket of its map (a red-black tree compared by
    // string).
    return (key.hashCode() * 0x9E3779B9) >>> (Integer.SIZE - SHARD_BITS);
  }

  @SuppressWarnings("unchecked")
  private static <V> Map<String, V>[] newShards() {
    return (Map<String, V>[]) new Map[SHARDS];
  }

  /** Changes entries, copying a shard the first time it changes; then {@link #done}. */
  static final class Editor<V> {
    private final Map<String, V>[] shards;
    private final boolean[] own = new boolean[SHARDS];

    private Editor(Map<String, V>[] shards) {
      this.shards = shards;
    }

    V get(String key) {
      Map<String, V> shard = shards[shard(key)];
      return shard == null ? null : shard.get(key);
    }

    void put(String key, V value) {
      writable(shard(key)).put(key, value);
    }

    void remove(String key) {
      int i = shard(key);
      if (shards[i] != null && shards[i].containsKey(key)) {
        writable(i).remove(key);
      }
    }

    /** The map; the editor is not used after this. */
    ShardedMap<V> done() {
      return new ShardedMap<>(shards);
    }

    private Map<String, V> writable(int i) {
      if (!own[i]) {
        shards[i] = shards[i] == null ? new HashMap<>() : new HashMap<>(shards[i]);
        own[i] = true;
      }
      return shards[i];
    }
  }
}
