package dev.ssotgardener.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.TestTrees;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.PolicyLoader;
import dev.ssotgardener.workspace.WalkOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every before/after pair under {@code src/test/resources/fixes/<kind>/<case>/}: a copy of the
 * case is fixed and written, each {@code x} must then equal its {@code x.fixed} byte for byte (and
 * files without one stay untouched), the fixed findings are gone, and fixing again changes nothing.
 * A case's optional {@code refused.txt} lists the findings it must refuse ({@code path:line
 * truth}).
 */
class FixFixtureTest {
  private static final Path FIXES = Path.of("src/test/resources/fixes");

  @TempDir Path temp;

  @TestFactory
  Stream<DynamicTest> fixes() throws IOException {
    List<Path> cases;
    try (Stream<Path> kinds = Files.list(FIXES)) {
      cases = kinds.flatMap(FixFixtureTest::list).filter(Files::isDirectory).sorted().toList();
    }
    assertThat(cases).isNotEmpty();
    return cases.stream()
        .map(dir -> DynamicTest.dynamicTest(FIXES.relativize(dir).toString(), () -> check(dir)));
  }

  private void check(Path dir) throws Exception {
    Path work = temp.resolve(dir.getFileName().toString());
    TestTrees.copy(dir, work, file -> !file.getFileName().toString().endsWith(".fixed"));
    Policy policy = new PolicyLoader().loadFromRoot(work).orElseGet(Policy::builtinOnly);
    Fixer fixer = new Fixer(policy, WalkOptions.defaults());
    FixPlan plan = fixer.plan(work, FixRequest.all());
    AtomicWriter writer = new AtomicWriter();
    Set<String> fixed = new HashSet<>();
    for (FileChange change : plan.changes()) {
      writer.write(work, change);
      change.fixed().forEach(f -> fixed.add(f.fingerprint()));
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path source : files.filter(Files::isRegularFile).toList()) {
        String name = source.getFileName().toString();
        if (name.endsWith(".fixed") || name.equals("refused.txt")) {
          continue;
        }
        Path expected = source.resolveSibling(name + ".fixed");
        Path actual = work.resolve(dir.relativize(source).toString());
        assertThat(Files.readString(actual, java.nio.charset.StandardCharsets.ISO_8859_1))
            .as("%s after fixing (refused: %s)", dir.relativize(source), plan.refused())
            .isEqualTo(
                Files.readString(
                    Files.exists(expected) ? expected : source,
                    java.nio.charset.StandardCharsets.ISO_8859_1));
      }
    }
    Path refusedList = dir.resolve("refused.txt");
    if (Files.exists(refusedList)) {
      // a line is `path:line truth`, optionally `~ fragment` of the reason the refusal gives
      Map<String, String> reasons = new TreeMap<>();
      plan.refused()
          .forEach(
              r ->
                  reasons.put(
                      "%s:%d %s"
                          .formatted(
                              r.finding().path(),
                              r.finding().span().startLine(),
                              r.finding().truth()),
                      r.reason()));
      Map<String, String> expected = new TreeMap<>();
      for (String line : Files.readAllLines(refusedList)) {
        String[] parts = line.split(" ~ ", 2);
        expected.put(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "");
      }
      assertThat(reasons.keySet()).as("refused (%s)", plan.refused()).isEqualTo(expected.keySet());
      expected.forEach(
          (finding, fragment) ->
              assertThat(reasons.get(finding)).as("reason of %s", finding).contains(fragment));
    }
    FixPlan again = fixer.plan(work, FixRequest.all());
    assertThat(again.changes()).as("fixing again changes nothing").isEmpty();
    again.refused().forEach(r -> assertThat(fixed).doesNotContain(r.finding().fingerprint()));
  }

  private static Stream<Path> list(Path dir) {
    try {
      return Files.list(dir).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
