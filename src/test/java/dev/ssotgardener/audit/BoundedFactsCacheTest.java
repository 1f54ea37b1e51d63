package dev.ssotgardener.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.facts.FileFacts;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BoundedFactsCacheTest {
  /** Text facts weigh 512 estimated bytes as objects: three fit in this bound. */
  private static final long THREE_AS_OBJECTS = 3 * 512;

  @Test
  void factsPushedOutOfTheObjectTierComeBackDecoded() {
    BoundedFactsCache cache = new BoundedFactsCache(THREE_AS_OBJECTS);
    List<FileFacts> facts = IntStream.range(0, 10).mapToObj(BoundedFactsCacheTest::facts).toList();
    facts.forEach(f -> cache.put(key(f), f));

    for (FileFacts f : facts) {
      assertThat(cache.get(key(f))).contains(f);
    }
    // the first went through the encoded tier: equal, not the object put
    assertThat(cache.get(key(facts.get(0))).orElseThrow()).isNotSameAs(facts.get(0));
  }

  @Test
  void factsPastBothBoundsAreDropped() {
    BoundedFactsCache cache = new BoundedFactsCache(THREE_AS_OBJECTS);
    List<FileFacts> facts = IntStream.range(0, 200).mapToObj(BoundedFactsCacheTest::facts).toList();
    facts.forEach(f -> cache.put(key(f), f));

    assertThat(cache.get(key(facts.get(0)))).isEmpty();
    assertThat(cache.get(key(facts.get(199)))).contains(facts.get(199));
  }

  @Test
  void droppedEntriesAreHandedOnOldestFirst() {
    List<String> dropped = new java.util.ArrayList<>();
    SizedLru<String, String> lru = new SizedLru<>(2, v -> 1, (k, v) -> dropped.add(k + "=" + v));
    lru.put("a", "1");
    lru.put("b", "2");
    lru.get("a");
    lru.put("c", "3");
    lru.put("d", "4");

    assertThat(dropped).containsExactly("b=2", "a=1");
    assertThat(lru.contains("c")).isTrue();
    assertThat(lru.contains("a")).isFalse();
  }

  private static FileFacts facts(int i) {
    return FileFacts.text("docs/file" + i + ".txt", List.of(), List.of());
  }

  private static FactsKey key(FileFacts f) {
    return new FactsKey(f.path(), "blob-" + f.path(), "");
  }
}
