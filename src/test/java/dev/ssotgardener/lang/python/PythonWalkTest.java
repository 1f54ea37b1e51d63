package dev.ssotgardener.lang.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.ssotgardener.lang.NativeParity;
import dev.ssotgardener.lang.treesitter.NativeTreeSitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The native library's hand-written walk of {@link PythonQuery} finds exactly what the query finds,
 * in the same order: on every Python fixture and example, on broken variants of them, and on texts
 * that reach each pattern's corners (anchors, optional and repeated fields, errors).
 */
class PythonWalkTest {
  /** Each pattern of the query, and the corners where the query cursor's order is subtle. */
  private static final String CORNERS =
      """
      import a.b, c as d, e.f as g
      from . import (x, y as z)
      from m import *
      from __future__ import annotations, division as dv
      class C(B, m.D, G[int], metaclass=M): pass
      def f(a, b=1, *args, c: int = 2, d: str, **kw): return lambda p, *q, **r: p
      def h(*, e: list[int], *f: int, **g: str): pass
      x = y; x2 = a.b; x3 = (a); x4 = a[0]; x5: int = y
      x += 1; a[0] = 1; a[0] += 1; del a[0], b[1]; del c[2]
      p, *q = r; (s, *t) = u; [v, *w] = z
      for i in range(3): pass
      [j for j in k if j]; {k2: v2 for k2, v2 in d}
      if (n := 10) > 5: pass
      try:
          pass
      except ValueError as e:
          pass
      except (A, B):
          pass
      except A, B:
          pass
      except:
          pass
          # trailing comment in the clause
      finally:
          pass
      with pytest.raises(ValueError), ctx(), mock.patch(  # c
        "x"):
          pass
      with pytest.raises(KeyError) as info, raises(# first
      E):
          pass
      with open(p) as fh: pass
      if __name__ == "__main__":
          main()
      if __name__ == "__main__":
          # comment first
          main()
      if __name__ == "__main__":
          main(), other()
      if __name__ == "__main__":
          main()
      else:
          pass
      if ready:
          main()
      f(x)(y); a[1, 2:3]; a[b][c](d)[e]
      match x:
          case [a1, *rest]: pass
      print "python 2"
      def broken(:
          return [1, 2
      class
      """;

  private final Optional<NativeTreeSitter> fast = NativeTreeSitter.load();

  @Test
  void everyPatternsCornersMatchAlikeAndEveryPatternIsReached() {
    assumeThat(fast).as("native library built (needs gcc and npm)").isPresent();
    PythonWalkParity parity = new PythonWalkParity(fast.get());
    byte[] text = CORNERS.getBytes(StandardCharsets.UTF_8);
    assertThat(parity.difference(text)).isEmpty();
    int[] out = fast.get().compile(NativeTreeSitter.Grammar.PYTHON, PythonQuery.SOURCE).run(text);
    TreeSet<Integer> patterns = new TreeSet<>();
    for (int i = NativeTreeSitter.HEADER; i < out.length; i += NativeTreeSitter.STRIDE) {
      patterns.add(out[i + NativeTreeSitter.PATTERN]);
    }
    assertThat(patterns).hasSize(45).first().isEqualTo(0);
  }

  @Test
  void everyFixtureAndBrokenVariantsOfItMatchAlike() throws IOException {
    assumeThat(fast).as("native library built (needs gcc and npm)").isPresent();
    PythonWalkParity parity = new PythonWalkParity(fast.get());
    List<Path> files = NativeParity.fixtureAndExampleFiles(".py");
    assertThat(files).hasSizeGreaterThan(20);
    List<String> differing = new ArrayList<>();
    Random random = new Random(16);
    for (Path file : files) {
      byte[] text = Files.readAllBytes(file);
      for (int i = 0; i <= 20; i++) {
        byte[] variant = i == 0 ? text : PythonWalkParity.mutate(text, random);
        parity.difference(variant).ifPresent(d -> differing.add(file + ": " + d));
      }
    }
    assertThat(differing).isEmpty();
  }

  @Test
  void deepAndWideTreesMatchAlikeAndTheWalkTakesNestingTheQueryCursorCannot() {
    assumeThat(fast).isPresent();
    PythonWalkParity parity = new PythonWalkParity(fast.get());
    String unclosed = "try:\n" + "  [(".repeat(20_000) + "\nexcept:\n  pass\n";
    String wide = "import os\n" + "os.environ.get('A', b)[0]\n".repeat(20_000);
    for (String text : List.of(nested(20_000), unclosed, wide)) {
      assertThat(parity.difference(text.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
    // At 50,000 levels the query cursor's states outgrow memory (tree-sitter aborts the process);
    // the walk keeps its path in a growable array, not on the C stack, and answers.
    NativeTreeSitter.Walk walk =
        fast.get().compile(NativeTreeSitter.Grammar.PYTHON, PythonQuery.SOURCE).walk();
    int[] out = walk.run(nested(50_000).getBytes(StandardCharsets.UTF_8));
    assertThat(out[0]).isZero();
    assertThat(out[1]).isEqualTo(7 * 50_000 + 2);
  }

  /** {@code x = f(a.b[f(a.b[…1]…)])}, {@code depth} calls deep. */
  private static String nested(int depth) {
    return "x = " + "f(a.b[".repeat(depth) + "1" + "])".repeat(depth) + "\n";
  }

  @Test
  void aWalkAnswersOnlyForItsGrammarAndForAQueryWithItsCaptures() {
    assumeThat(fast).isPresent();
    assertThatThrownBy(
            () -> fast.get().compile(NativeTreeSitter.Grammar.JAVA, "(identifier) @x").walk())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no hand-written walk for JAVA");
    assertThatThrownBy(
            () ->
                fast.get()
                    .compile(NativeTreeSitter.Grammar.PYTHON, "(identifier) @identifier")
                    .walk())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the query has no capture @import.name");
  }
}
