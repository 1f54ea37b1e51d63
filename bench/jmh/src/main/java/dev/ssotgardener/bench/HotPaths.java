package dev.ssotgardener.bench;

import dev.ssotgardener.audit.RuleRunner;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.index.RepoIndex;
import dev.ssotgardener.lang.ConflictScanner;
import dev.ssotgardener.lang.python.PythonFrontend;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.PolicyLoader;
import dev.ssotgardener.workspace.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The parser (one ~15 KB Python file through the native tree-sitter front end: parse, query, facts),
 * the rules over the facts of 200 such files, and the conflict-marker byte probe.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotPaths {
  private static final int FILES = 200;
  private static final String POLICY =
      """
      version: 1
      tests: ["tests/**/test_*.py"]
      truths:
        - id: environment
          kind: api
          canonical: shared.env.get_env
          forbids: [os.environ, os.getenv]
        - id: mock-factory
          kind: import
          canonical: shared.mocks.MockFactory
          forbids: [unittest.mock, mock]
        - id: base-test-case
          kind: base-class
          canonical: shared.base.BaseTestCase
          replaces: [unittest.TestCase]
      """;

  private PythonFrontend frontend;
  private SourceFile file;
  private byte[] bytes;
  private RuleRunner rules;
  private RepoIndex index;

  @Setup
  public void setUp() throws Exception {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < FILES; i++) {
      paths.add("tests/pkg%d/test_m%d.py".formatted(i % 10, i));
    }
    frontend = new PythonFrontend(paths);
    List<FileFacts> facts = new ArrayList<>();
    for (int i = 0; i < FILES; i++) {
      facts.add(frontend.analyze(source(paths.get(i), i)));
    }
    file = source(paths.get(0), 0);
    bytes = file.text().getBytes(StandardCharsets.UTF_8);
    Path dir = Files.createTempDirectory("ssot-jmh");
    Path policy = Files.writeString(dir.resolve("ssot.yml"), POLICY);
    Policy loaded = new PolicyLoader().load(policy);
    rules = new RuleRunner(loaded);
    index = RepoIndex.of(facts);
  }

  /** A test module of about 15 KB with imports, classes, calls and a few violations. */
  private static SourceFile source(String path, int seed) {
    StringBuilder text = new StringBuilder("import os\nimport unittest\nfrom unittest import mock\n");
    text.append("from tests.pkg%d import test_m%d as other\n".formatted(seed % 10, (seed + 1) % FILES));
    for (int c = 0; c < 12; c++) {
      text.append("\n\nclass Case%d(unittest.TestCase):\n".formatted(c));
      for (int m = 0; m < 8; m++) {
        text.append("    def test_%d(self):\n".formatted(m))
            .append("        value = os.environ.get('KEY_%d', 'x')\n".formatted(m))
            .append("        helper = mock.MagicMock(name='h%d')\n".formatted(m))
            .append("        self.assertEqual(helper(value), other.compute(%d))\n".formatted(m));
      }
    }
    return new SourceFile(path, text.toString(), StandardCharsets.UTF_8, false);
  }

  @Benchmark
  public FileFacts parsePythonFile() {
    return frontend.analyze(file);
  }

  @Benchmark
  public Object rulesOver200Files() {
    return rules.run(index, path -> List.of());
  }

  @Benchmark
  public boolean conflictMarkerProbe() {
    return ConflictScanner.mayHaveMarker(bytes, bytes.length);
  }
}
