package dev.ssotgardener.lang.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.lang.treesitter.NativeTreeSitter;
import dev.ssotgardener.workspace.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** On Python the optimized native parser must see exactly what the bundled natives see. */
class PythonNativeParserTest {
  private final Optional<NativeTreeSitter> fast = NativeTreeSitter.load();

  @Test
  void nativeAndBundledParsersGiveTheSameFactsForEveryPythonFixture() throws IOException {
    assumeThat(fast).as("native library built (needs gcc and npm)").isPresent();
    List<Path> files;
    try (Stream<Path> walk =
        Stream.concat(
            Files.walk(Path.of("src/test/resources/fixtures")), Files.walk(Path.of("examples")))) {
      files = walk.filter(p -> p.toString().endsWith(".py")).sorted().toList();
    }
    List<String> paths = files.stream().map(Path::toString).toList();
    PythonFrontend nativeFrontend = new PythonFrontend(paths, fast);
    PythonFrontend bundledFrontend = new PythonFrontend(paths, Optional.empty());
    assertThat(files).hasSizeGreaterThan(20);
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      SourceFile source = new SourceFile(file.toString(), text, StandardCharsets.UTF_8, false);
      FileFacts expected = bundledFrontend.analyze(source);
      assertThat(nativeFrontend.analyze(source)).as(file.toString()).isEqualTo(expected);
    }
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
