package dev.ssotgardener.lang.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.lang.NativeParity;
import dev.ssotgardener.lang.treesitter.NativeTreeSitter;
import dev.ssotgardener.workspace.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** On Python the optimized native parser must see exactly what the bundled natives see. */
class PythonNativeParserTest {
  private final Optional<NativeTreeSitter> fast = NativeTreeSitter.load();

  @Test
  void nativeAndBundledParsersGiveTheSameFactsForEveryPythonFixture() throws IOException {
    assumeThat(fast).as("native library built (needs gcc and npm)").isPresent();
    NativeParity.assertSameFactsForEveryFile(".py", fast.get(), PythonFrontend::new);
  }

  @Test
  void nonAsciiTextAndSyntaxErrorsMatchToo() {
    assumeThat(fast).isPresent();
    String text = "é = '日本🎉'\nimport os\nx = os.environ['ü']\ndef f(:\n  pass\n";
    SourceFile source = new SourceFile("m.py", text, StandardCharsets.UTF_8, false);
    FileFacts bundled = new PythonFrontend(List.of("m.py"), Optional.empty()).analyze(source);
    assertThat(new PythonFrontend(List.of("m.py"), fast).analyze(source)).isEqualTo(bundled);
    assertThat(bundled.syntaxErrors()).isNotEmpty();
  }

  @Test
  void textsEitherSideOfTheNativeArenaLimitAndManyThreadsAtOnceMatchToo() {
    // The glue parses a text of up to 1 MiB in its thread's arena, a larger one on the C heap.
    assumeThat(fast).isPresent();
    String unit = "import os\nclass A(B):\n    def f(self, x=1):\n        return os.environ['é']\n";
    List<SourceFile> sources = new ArrayList<>();
    for (int bytes : List.of((1 << 20) - 4096, (1 << 20) + 4096, 900, 70_000)) {
      String text = unit.repeat(bytes / unit.length()) + "def broken(:\n";
      sources.add(new SourceFile("m" + bytes + ".py", text, StandardCharsets.UTF_8, false));
    }
    List<String> paths = sources.stream().map(SourceFile::path).toList();
    PythonFrontend bundled = new PythonFrontend(paths, Optional.empty());
    PythonFrontend nativeFrontend = new PythonFrontend(paths, fast);
    List<FileFacts> expected = sources.stream().map(bundled::analyze).toList();
    List<FileFacts> parallel =
        IntStream.range(0, 16)
            .parallel()
            .mapToObj(i -> nativeFrontend.analyze(sources.get(i % sources.size())))
            .toList();
    for (int i = 0; i < parallel.size(); i++) {
      assertThat(parallel.get(i)).isEqualTo(expected.get(i % sources.size()));
    }
    assertThat(expected.get(1).references()).hasSizeGreaterThan(10_000);
  }
}
