package dev.ssotgardener.lang.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.lang.TextRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameSetTest {
  @Test
  void findsTheNameARangeOfTheTextIsWithoutCuttingItOut() {
    NameSet names = new NameSet(List.of("os", "sys", "np", "environ"));
    String text = "import os, sys as s; os.environ; x = np1";
    assertThat(names.find(text, 7, 9)).isEqualTo("os");
    assertThat(names.find(text, 11, 14)).isEqualTo("sys");
    assertThat(names.find(text, 24, 31)).isEqualTo("environ");
    assertThat(names.find(text, 37, 40)).isNull(); // "np1": longer than "np"
    assertThat(names.find(text, 37, 39)).isEqualTo("np");
    assertThat(names.contains(text, 0, 6)).isFalse(); // "import": longer than every name
    assertThat(new NameSet(List.of()).contains(text, 7, 9)).isFalse();
  }

  @Test
  void startsAnswerWhetherARangeOfAnyListStartsAtAnOffset() {
    Starts starts =
        Starts.of(
            List.of(new TextRange(9, 12), new TextRange(3, 4)), List.of(new TextRange(20, 21)));
    assertThat(starts.has(3)).isTrue();
    assertThat(starts.has(9)).isTrue();
    assertThat(starts.has(20)).isTrue();
    assertThat(starts.has(4)).isFalse();
    assertThat(Starts.of().has(0)).isFalse();
  }
}
