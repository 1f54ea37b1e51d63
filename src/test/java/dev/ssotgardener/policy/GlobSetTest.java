package dev.ssotgardener.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobSetTest {

  private static boolean covers(String pattern, String path) {
    return GlobSet.of(List.of(pattern)).matches(path);
  }

  @ParameterizedTest
  @CsvSource({
    "tests/**/test_*.py, tests/test_a.py",
    "tests/**/test_*.py, tests/a/b/test_a.py",
    "tests/**/*_test.py, tests/unit/agents/a_test.py",
    "src/test/java/**/*Test.java, src/test/java/dev/x/FooTest.java",
    "*.py, a.py",
    "*.py, a/b/c.py",
    "test_*.py, a/b/test_c.py",
    "conftest.py, tests/unit/conftest.py",
    "app/agents/**, app/agents/x.py",
    "app/agents/**, app/agents/a/b/x.py",
    "app/agents/, app/agents/x.py",
    "app/agents, app/agents/x.py",
    "app/agents, app/agents",
    "agents, app/agents/x.py",
    "agents/, app/agents/x.py",
    "/app/agents, app/agents/x.py",
    "/setup.py, setup.py",
    "app/*.py, app/b.py",
    "**/migrations/**, app/db/migrations/0001.py",
    "a/**/b, a/b",
    "file[0-9].py, src/file7.py",
  })
  void matches(String pattern, String path) {
    assertThat(covers(pattern, path)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "tests/**/test_*.py, x/tests/test_a.py",
    "tests/**/test_*.py, tests/a_test.py",
    "test_*.py, a/test_b/c.py",
    "app/*.py, app/a/b.py",
    "app/agents/**, app/agentsx/x.py",
    "app/agents/**, app/agents",
    "app/agents, x/app/agents/y.py",
    "agents/, x/app/agents",
    "/setup.py, pkg/setup.py",
    "/app, x/app/y.py",
    "*.py, a.pyc",
  })
  void doesNotMatch(String pattern, String path) {
    assertThat(covers(pattern, path)).isFalse();
  }

  @Test
  void aSetMatchesWhenAnyPatternDoes() {
    GlobSet tests = GlobSet.of(List.of("tests/**/test_*.py", "src/test/java/**/*Test.java"));

    assertThat(tests.matches("tests/test_a.py")).isTrue();
    assertThat(tests.matches("src/test/java/FooTest.java")).isTrue();
    assertThat(tests.matches("src/main/java/Foo.java")).isFalse();
    assertThat(tests.patterns())
        .containsExactly("tests/**/test_*.py", "src/test/java/**/*Test.java");
  }

  @Test
  void noneMatchesNothing() {
    assertThat(GlobSet.none().matches("a.py")).isFalse();
    assertThat(GlobSet.none().patterns()).isEmpty();
  }

  @Test
  void setsWithTheSamePatternsAreEqual() {
    assertThat(GlobSet.of(List.of("a/**"))).isEqualTo(GlobSet.of(List.of("a/**")));
    assertThat(GlobSet.of(List.of())).isEqualTo(GlobSet.none());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "[abc       | invalid glob '[abc': unclosed '['",
        "src/a[.py  | invalid glob 'src/a[.py': unclosed '['",
        "[z-a].py   | invalid glob '[z-a].py': Illegal character range",
        "!tests/**  | invalid glob '!tests/**': negation '!' is not supported;"
            + " list exempt paths under 'allow'",
        "../x/*.py  | invalid glob '../x/*.py': '.' and '..' segments are not allowed;"
            + " globs are repo-relative",
        "./x.py     | invalid glob './x.py': '.' and '..' segments are not allowed;"
            + " globs are repo-relative",
        "a//b       | invalid glob 'a//b': empty path segment",
        "/          | invalid glob '/': no name to match",
      })
  void rejectsInvalidPatterns(String pattern, String message) {
    assertThatThrownBy(() -> GlobSet.of(List.of("ok/**", pattern)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void rejectsEmptyAndPaddedPatterns() {
    assertThatThrownBy(() -> GlobSet.of(List.of("")))
        .hasMessage("invalid glob '': a glob must not be empty");
    assertThatThrownBy(() -> GlobSet.of(List.of("tests/** ")))
        .hasMessage("invalid glob 'tests/** ': leading or trailing whitespace");
  }
}
