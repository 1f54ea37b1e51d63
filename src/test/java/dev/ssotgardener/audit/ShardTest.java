package dev.ssotgardener.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which shard a file belongs to is the documented formula, the same everywhere. */
class ShardTest {
  /** 1 + (first eight bytes of SHA-256(UTF-8 path), unsigned) mod N, computed apart in Python. */
  @Test
  void aPathBelongsToTheShardOfItsHash() {
    assertThat(shardsOf("app/mod_1.py")).containsExactly(1, 1, 1);
    assertThat(shardsOf("README.md")).containsExactly(2, 2, 1);
    assertThat(shardsOf("src/main/java/com/acme/Ü.java")).containsExactly(2, 2, 4);
  }

  @Test
  void everyPathBelongsToExactlyOneShard() {
    for (String path : List.of("a.py", "b/c.java", "d")) {
      assertThat(IntStream.rangeClosed(1, 5).filter(i -> new Shard(i, 5).holds(path))).hasSize(1);
    }
  }

  @Test
  void onlyIOfNWithOneToNParses() {
    assertThat(Shard.parse(" 3/7 ")).isEqualTo(new Shard(3, 7));
    for (String bad : List.of("0/4", "5/4", "1/0", "1", "a/b", "-1/2", "1/2/3")) {
      assertThatThrownBy(() -> Shard.parse(bad)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static List<Integer> shardsOf(String path) {
    return IntStream.of(2, 4, 7)
        .map(n -> IntStream.rangeClosed(1, n).filter(i -> new Shard(i, n).holds(path)).sum())
        .boxed()
        .toList();
  }
}
