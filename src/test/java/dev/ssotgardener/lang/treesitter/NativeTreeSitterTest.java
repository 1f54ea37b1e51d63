package dev.ssotgardener.lang.treesitter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The JNI glue: compiling queries, one flat array of captures per text. */
class NativeTreeSitterTest {
  private final Optional<NativeTreeSitter> fast = NativeTreeSitter.load();

  @Test
  void anInvalidQueryIsRejectedWithItsPosition() {
    assumeThat(fast).isPresent();
    assertThatThrownBy(
            () -> fast.get().compile(NativeTreeSitter.Grammar.PYTHON, "(no_such_node) @x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at byte 1");
  }

  @Test
  void theJavaGrammarIsThereForTheJavaFrontEnd() {
    assumeThat(fast).isPresent();
    NativeTreeSitter.Query query =
        fast.get()
            .compile(NativeTreeSitter.Grammar.JAVA, "(class_declaration name: (identifier) @name)");
    int[] out = query.run("class A {} class B {}".getBytes(StandardCharsets.UTF_8));
    assertThat(out[1]).isEqualTo(2);
    assertThat(out).hasSize(NativeTreeSitter.HEADER + 2 * NativeTreeSitter.STRIDE);
    assertThat(out[NativeTreeSitter.HEADER + NativeTreeSitter.START]).isEqualTo(6);
    assertThat(query.captureName(0)).isEqualTo("name");
  }
}
