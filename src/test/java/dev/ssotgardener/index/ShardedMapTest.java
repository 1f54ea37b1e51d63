package dev.ssotgardener.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShardedMapTest {
  /**
   * The keys of one shard must spread over the buckets of the shard's own {@code HashMap} (its
   * index is the low bits of {@code h ^ h >>> 16}): a shard chosen by those same bits put a whole
   * shard in one bucket, and every lookup of a history walk's index walked a tree of strings.
   */
  @Test
  void theKeysOfAShardSpreadOverItsMapsBuckets() {
    List<String> shard = new ArrayList<>();
    for (int i = 0; shard.size() < 2_000; i++) {
      String key = "org.acme.module" + i + ".sub";
      if (ShardedMap.shard(key) == 7) {
        shard.add(key);
      }
    }
    int buckets = 4096; // a HashMap of 2,000 keys
    Set<Integer> used = new HashSet<>();
    for (String key : shard) {
      int h = key.hashCode();
      used.add((h ^ h >>> 16) & buckets - 1);
    }
    assertThat(used.size()).isGreaterThan(1_000);
  }

  @Test
  void everyKeyIsFoundInTheShardItWasPutIn() {
    ShardedMap.Editor<Integer> editor = ShardedMap.builder();
    for (int i = 0; i < 10_000; i++) {
      editor.put("k" + i, i);
    }
    ShardedMap<Integer> map = editor.done();
    for (int i = 0; i < 10_000; i++) {
      assertThat(map.get("k" + i)).isEqualTo(i);
    }
    assertThat(map.get("absent")).isNull();
  }
}
