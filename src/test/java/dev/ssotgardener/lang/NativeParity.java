package dev.ssotgardener.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.lang.treesitter.NativeTreeSitter;
import dev.ssotgardener.workspace.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * The optimized native parser must see exactly what the bundled natives see: one front end of each,
 * on every fixture and example file of a language.
 */
public final class NativeParity {
  private NativeParity() {}

  /**
   * @param frontend the front end over these repository paths, on this native parser (or on the
   *     bundled natives when empty)
   */
  public static void assertSameFactsForEveryFile(
      String extension,
      NativeTreeSitter fast,
      BiFunction<List<String>, Optional<NativeTreeSitter>, Frontend> frontend)
      throws IOException {
    List<Path> files = fixtureAndExampleFiles(extension);
    List<String> paths = files.stream().map(Path::toString).toList();
    Frontend nativeFrontend = frontend.apply(paths, Optional.of(fast));
    Frontend bundledFrontend = frontend.apply(paths, Optional.empty());
    assertThat(files).hasSizeGreaterThan(20);
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      SourceFile source = new SourceFile(file.toString(), text, StandardCharsets.UTF_8, false);
      FileFacts expected = bundledFrontend.analyze(source);
      assertThat(nativeFrontend.analyze(source)).as(file.toString()).isEqualTo(expected);
    }
  }

  /** Every fixture and example file whose name ends with {@code extension}, sorted. */
  public static List<Path> fixtureAndExampleFiles(String extension) throws IOException {
    try (Stream<Path> walk =
        Stream.concat(
            Files.walk(Path.of("src/test/resources/fixtures")), Files.walk(Path.of("examples")))) {
      return walk.filter(p -> p.toString().endsWith(extension)).sorted().toList();
    }
  }
}
