package dev.ssotgardener.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.PolicyLoader;
import dev.ssotgardener.workspace.WalkOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every fixture repository under {@code src/test/resources/fixtures/<kind>/<case>/} and checks
 * both directions: each expectation is reported, and nothing else is. An expectation is a comment
 * on the line above the offending line ({@code # expect: id} or {@code // expect: id, id2}), or a
 * line {@code path:line id} in the case's {@code expect.txt}.
 */
class FixtureTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  private static final Pattern EXPECT = Pattern.compile("(?:#|//)\\s*expect:\\s*([a-z0-9, -]+)$");

  @TestFactory
  Stream<DynamicTest> fixtures() throws IOException {
    List<Path> cases;
    try (Stream<Path> kinds = Files.list(FIXTURES)) {
      cases =
          kinds
              .filter(Files::isDirectory)
              .flatMap(FixtureTest::list)
              .filter(Files::isDirectory)
              .sorted()
              .toList();
    }
    assertThat(cases).isNotEmpty();
    return cases.stream()
        .map(dir -> DynamicTest.dynamicTest(FIXTURES.relativize(dir).toString(), () -> check(dir)));
  }

  private static void check(Path dir) throws Exception {
    Policy policy = new PolicyLoader().loadFromRoot(dir).orElseGet(Policy::builtinOnly);
    AuditResult result = new Auditor(policy, WalkOptions.defaults()).audit(dir);
    Set<String> actual = new TreeSet<>();
    result
        .findings()
        .forEach(f -> actual.add(f.path() + ":" + f.span().startLine() + " " + f.truth()));
    Set<String> expected = expectations(dir);
    assertThat(actual)
        .as("findings of %s (expected %s, got %s)", dir, expected, actual)
        .isEqualTo(expected);
  }

  static Set<String> expectations(Path dir) throws IOException {
    Set<String> expected = new TreeSet<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String rel = dir.relativize(file).toString().replace('\\', '/');
        if (rel.equals("expect.txt")) {
          for (String line : Files.readAllLines(file)) {
            if (!line.isBlank() && !line.startsWith("#")) {
              expected.add(line.strip());
            }
          }
          continue;
        }
        List<String> lines = readLinesLeniently(file);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = EXPECT.matcher(lines.get(i).strip());
          if (m.find()) {
            for (String id : m.group(1).split(",")) {
              expected.add(rel + ":" + (i + 2) + " " + id.strip());
            }
          }
        }
      }
    }
    return expected;
  }

  private static List<String> readLinesLeniently(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    return List.of(new String(bytes, StandardCharsets.ISO_8859_1).split("\n", -1));
  }

  private static Stream<Path> list(Path dir) {
    try (Stream<Path> children = Files.list(dir)) {
      return children.toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
