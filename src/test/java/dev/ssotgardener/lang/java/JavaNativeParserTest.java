package dev.ssotgardener.lang.java;

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

/** On Java the optimized native parser must see exactly what the bundled natives see. */
class JavaNativeParserTest {
  private final Optional<NativeTreeSitter> fast = NativeTreeSitter.load();

  @Test
  void nativeAndBundledParsersGiveTheSameFactsForEveryJavaFixture() throws IOException {
    assumeThat(fast).as("native library built (needs gcc and npm)").isPresent();
    List<Path> files;
    try (Stream<Path> walk =
        Stream.concat(
            Files.walk(Path.of("src/test/resources/fixtures")), Files.walk(Path.of("examples")))) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    List<String> paths = files.stream().map(Path::toString).toList();
    JavaFrontend nativeFrontend = new JavaFrontend(paths, fast);
    JavaFrontend bundledFrontend = new JavaFrontend(paths, Optional.empty());
    assertThat(files).hasSizeGreaterThan(20);
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      SourceFile source = new SourceFile(file.toString(), text, StandardCharsets.UTF_8, false);
      FileFacts expected = bundledFrontend.analyze(source);
      assertThat(nativeFrontend.analyze(source)).as(file.toString()).isEqualTo(expected);
    }
  }

  @Test
  void nonAsciiTextMissingNodesAndSyntaxErrorsMatchToo() {
    assumeThat(fast).isPresent();
    String text =
        "package p;\nimport java.util.List;\nclass Ü { String s = \"日本🎉\"; void f( { int x = 1 }\n";
    SourceFile source = new SourceFile("p/U.java", text, StandardCharsets.UTF_8, false);
    FileFacts bundled = new JavaFrontend(List.of("p/U.java"), Optional.empty()).analyze(source);
    assertThat(new JavaFrontend(List.of("p/U.java"), fast).analyze(source)).isEqualTo(bundled);
    assertThat(bundled.syntaxErrors()).isNotEmpty();
  }
}
