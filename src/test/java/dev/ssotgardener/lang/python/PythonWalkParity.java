package dev.ssotgardener.lang.python;

import dev.ssotgardener.lang.treesitter.NativeTreeSitter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Whether the native library's hand-written walk of {@link PythonQuery} ({@code
 * src/main/c/ssot_python_walk.c}) answers exactly as tree-sitter's query cursor running the query:
 * every match, capture, pattern index and offset, in the same order. On a real tree: {@code
 * bench/walk-parity.sh PATH}.
 */
public final class PythonWalkParity {
  private static final byte[] PUNCTUATION =
      "():[]{},.=\n\t\"' #@*\\".getBytes(StandardCharsets.UTF_8);

  private final NativeTreeSitter.Query query;
  private final NativeTreeSitter.Walk walk;

  public PythonWalkParity(NativeTreeSitter fast) {
    this.query = fast.compile(NativeTreeSitter.Grammar.PYTHON, PythonQuery.SOURCE);
    this.walk = query.walk();
  }

  /** Empty when both answer the same on {@code utf8}, else the first capture where they part. */
  public Optional<String> difference(byte[] utf8) {
    int[] expected = query.run(utf8);
    int[] walked = walk.run(utf8);
    if (Arrays.equals(expected, walked)) {
      return Optional.empty();
    }
    int h = NativeTreeSitter.HEADER;
    int at = Arrays.mismatch(expected, h, expected.length, walked, h, walked.length);
    if (at < 0) {
      return Optional.of(
          "query flags %d, %d matches; walk flags %d, %d matches"
              .formatted(expected[0], expected[1], walked[0], walked[1]));
    }
    int capture = at / NativeTreeSitter.STRIDE;
    return Optional.of(
        "query %s, walk %s at capture %d"
            .formatted(captureAt(expected, capture), captureAt(walked, capture), capture));
  }

  private String captureAt(int[] out, int capture) {
    int i = NativeTreeSitter.HEADER + capture * NativeTreeSitter.STRIDE;
    if (i + NativeTreeSitter.STRIDE > out.length) {
      return "[end, %d matches]".formatted(out[1]);
    }
    return "[match %d, pattern %d, @%s, bytes %d-%d]"
        .formatted(
            out[i + NativeTreeSitter.MATCH],
            out[i + NativeTreeSitter.PATTERN],
            query.captureName(out[i + NativeTreeSitter.CAPTURE]),
            out[i + NativeTreeSitter.START],
            out[i + NativeTreeSitter.END]);
  }

  /**
   * {@code text} with up to four spans cut out, some replaced by a punctuation character: the
   * broken trees (ERROR and MISSING nodes) that half-typed code and merges leave.
   */
  public static byte[] mutate(byte[] text, Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length + 4);
    int cuts = 1 + random.nextInt(4);
    int kept = 0;
    for (int i = 0; i < cuts && kept < text.length; i++) {
      int at = kept + random.nextInt(Math.max(1, (text.length - kept) / (cuts - i)));
      out.write(text, kept, at - kept);
      if (random.nextBoolean()) {
        out.write(PUNCTUATION[random.nextInt(PUNCTUATION.length)]);
      }
      kept = Math.min(text.length, at + random.nextInt(20));
    }
    out.write(text, kept, text.length - kept);
    return out.toByteArray();
  }

  /**
   * Usage: PATH [MUTATIONS]: every .py file under PATH, and MUTATIONS mutants of each (default 0).
   */
  public static void main(String[] args) throws IOException {
    PythonWalkParity parity =
        new PythonWalkParity(
            NativeTreeSitter.load()
                .orElseThrow(() -> new IllegalStateException("no native library: build with gcc")));
    int mutations = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
      files =
          walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
              .sorted()
              .toList();
    }
    long texts = 0;
    int differing = 0;
    for (Path file : files) {
      byte[] text = Files.readAllBytes(file);
      Random random = new Random(file.toString().hashCode());
      for (int i = 0; i <= mutations; i++, texts++) {
        Optional<String> difference = parity.difference(i == 0 ? text : mutate(text, random));
        if (difference.isPresent()) {
          differing++;
          System.out.println(
              file + (i == 0 ? "" : " (mutant " + i + ")") + ": " + difference.get());
        }
      }
    }
    System.out.printf("%d files, %d texts, %d differ%n", files.size(), texts, differing);
    System.exit(differing == 0 ? 0 : 1);
  }
}
