package dev.ssotgardener.lang.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.lang.NativeParity;
import dev.ssotgardener.lang.treesitter.NativeTreeSitter;
import dev.ssotgardener.workspace.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
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
}
