package dev.ssotgardener.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.policy.BuiltinCheck;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.PolicyLoader;
import dev.ssotgardener.policy.TruthKind;
import dev.ssotgardener.workspace.WalkOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every fixture repository under {@code src/test/resources/fixtures/<kind>/<case>/} and checks
 * both directions: each expectation is reported, and nothing else is. An expectation is a comment
 * on the line above the offending line ({@code # expect: id} or {@code // expect: id, id2}), or a
 * line {@code path:line id} in the case's {@code expect.txt}. Either may end in {@code ~ fragment}
 * (Error Prone's "Diagnostic contains"): the finding's message must contain it.
 */
class FixtureTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  private static final Pattern EXPECT =
      Pattern.compile("(?:#|//)\\s*expect:\\s*([a-z0-9, -]+?)\\s*(?:~\\s*(.+))?$");

  @TestFactory
  Stream<DynamicTest> fixtures() throws IOException {
    List<Path> cases = cases();
    assertThat(cases).isNotEmpty();
    return cases.stream()
        .map(dir -> DynamicTest.dynamicTest(FIXTURES.relativize(dir).toString(), () -> check(dir)));
  }

  /**
   * Every truth kind and every check a tree can show has a case whose expectation carries a message
   * fragment, so each kind's wording is asserted somewhere.
   */
  @Test
  void everyKindHasACaseWithAMessageFragment() throws Exception {
    Set<String> covered = new TreeSet<>();
    for (Path dir : cases()) {
      Policy policy = new PolicyLoader().loadFromRoot(dir).orElseGet(Policy::builtinOnly);
      for (String finding : fragments(dir).keySet()) {
        String id = finding.substring(finding.lastIndexOf(' ') + 1);
        BuiltinCheck.fromId(id).ifPresent(c -> covered.add(c.id()));
        policy.truths().stream()
            .filter(t -> t.id().equals(id))
            .forEach(t -> covered.add(t.kind().id()));
      }
    }
    Set<String> kinds = new TreeSet<>();
    Arrays.stream(TruthKind.values()).forEach(k -> kinds.add(k.id()));
    Arrays.stream(BuiltinCheck.values())
        .filter(c -> !c.readsHistory())
        .forEach(c -> kinds.add(c.id()));
    assertThat(covered).as("kinds and checks with a `~ fragment` expectation").containsAll(kinds);
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
    Map<String, String> messages = new TreeMap<>();
    result
        .findings()
        .forEach(
            f ->
                messages.merge(
                    f.path() + ":" + f.span().startLine() + " " + f.truth(),
                    f.message(),
                    (a, b) -> a + "\n" + b));
    fragments(dir)
        .forEach(
            (finding, fragment) ->
                assertThat(messages.get(finding))
                    .as("message of %s in %s", finding, dir)
                    .contains(fragment));
  }

  /** The message fragments expectations carry ({@code # expect: id ~ fragment}), by finding. */
  static Map<String, String> fragments(Path dir) throws IOException {
    Map<String, String> fragments = new TreeMap<>();
    for (String line : sidecar(dir)) {
      String[] parts = line.split(" ~ ", 2);
      if (parts.length == 2) {
        fragments.put(parts[0].strip(), parts[1].strip());
      }
    }
    forEachExpectComment(
        dir,
        (rel, line, m) -> {
          if (m.group(2) != null) {
            for (String id : m.group(1).split(",")) {
              fragments.put(rel + ":" + line + " " + id.strip(), m.group(2).strip());
            }
          }
        });
    return fragments;
  }

  static Set<String> expectations(Path dir) throws IOException {
    Set<String> expected = new TreeSet<>();
    sidecar(dir).forEach(line -> expected.add(line.split(" ~ ", 2)[0].strip()));
    forEachExpectComment(
        dir,
        (rel, line, m) -> {
          for (String id : m.group(1).split(",")) {
            expected.add(rel + ":" + line + " " + id.strip());
          }
        });
    return expected;
  }

  /** The expectation lines of the case's {@code expect.txt}: {@code path:line id [~ fragment]}. */
  private static List<String> sidecar(Path dir) throws IOException {
    Path sidecar = dir.resolve("expect.txt");
    if (!Files.isRegularFile(sidecar)) {
      return List.of();
    }
    return Files.readAllLines(sidecar).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .toList();
  }

  /** An expectation comment, with the line it points at (the next one). */
  private interface ExpectComment {
    void accept(String rel, int line, Matcher m);
  }

  private static void forEachExpectComment(Path dir, ExpectComment action) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String rel = dir.relativize(file).toString().replace('\\', '/');
        if (rel.equals("expect.txt")) {
          continue;
        }
        List<String> lines = readLinesLeniently(file);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = EXPECT.matcher(lines.get(i).strip());
          if (m.find()) {
            action.accept(rel, i + 2, m);
          }
        }
      }
    }
  }

  private static List<String> readLinesLeniently(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    return List.of(new String(bytes, StandardCharsets.ISO_8859_1).split("\n", -1));
  }

  private static List<Path> cases() throws IOException {
    try (Stream<Path> kinds = Files.list(FIXTURES)) {
      return kinds
          .filter(Files::isDirectory)
          .flatMap(FixtureTest::list)
          .filter(Files::isDirectory)
          .sorted()
          .toList();
    }
  }

  private static Stream<Path> list(Path dir) {
    try (Stream<Path> children = Files.list(dir)) {
      return children.toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
