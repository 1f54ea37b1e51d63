package dev.ssotgardener.lang.java;

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

/** On Java the optimized native parser must see exactly what the bundled natives see. */
class JavaNativeParserTest {
  private final Optional<NativeTreeSitter> fast = NativeTreeSitter.load();

  @Test
  void nativeAndBundledParsersGiveTheSameFactsForEveryJavaFixture() throws IOException {
    assumeThat(fast).as("native library built (needs gcc and npm)").isPresent();
    NativeParity.assertSameFactsForEveryFile(".java", fast.get(), JavaFrontend::new);
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
