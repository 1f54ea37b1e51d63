package dev.ssotgardener.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamePatternsTest {
  private static String covering(String pattern, String name, String... except) {
    return NamePatterns.of(List.of(pattern), List.of(except)).covering(name);
  }

  @Test
  void aLiteralCoversItselfAndWhatIsUnderIt() {
    assertThat(covering("os.environ", "os.environ.get")).isEqualTo("os.environ");
    assertThat(covering("os.environ", "os.environ")).isEqualTo("os.environ");
    assertThat(covering("os.environ", "os.environs")).isNull();
    assertThat(covering("os.environ", "os")).isNull();
  }

  @Test
  void aSegmentWildcardStaysWithinOneSegment() {
    assertThat(covering("**.*ReflectionUtils", "org.x.ReflectionUtils.doWith"))
        .isEqualTo("org.x.ReflectionUtils");
    assertThat(covering("**.*ReflectionUtils", "org.x.MyReflectionUtils"))
        .isEqualTo("org.x.MyReflectionUtils");
    assertThat(covering("**.*ReflectionUtils", "org.x.ReflectionUtilsTests")).isNull();
    assertThat(covering("org.*.util", "org.a.b.util")).isNull();
    assertThat(covering("org.*.util", "org.a.util.X")).isEqualTo("org.a.util");
  }

  @Test
  void aMultiSegmentWildcardSpansAnyNumberOfSegments() {
    assertThat(covering("**.shaded.**", "com.datastax.oss.driver.shaded.guava.Lists"))
        .isEqualTo("com.datastax.oss.driver.shaded.guava.Lists");
    assertThat(covering("**.shaded", "shaded.X")).isEqualTo("shaded");
    assertThat(covering("**.shaded.**", "com.unshaded.X")).isNull();
    assertThat(covering("org.apache.commons.**", "org.apache.commons.io.FileUtils"))
        .isEqualTo("org.apache.commons.io.FileUtils");
    assertThat(covering("org.**.tasks", "org.gradle.internal.tasks.X"))
        .isEqualTo("org.gradle.internal.tasks");
  }

  @Test
  void aNameUnderAnExceptionIsNotCovered() {
    String[] except = {"org.apache.commons.lang3", "org.apache.commons.logging"};
    assertThat(covering("org.apache.commons.**", "org.apache.commons.lang3.StringUtils", except))
        .isNull();
    assertThat(covering("org.apache.commons.**", "org.apache.commons.logging", except)).isNull();
    assertThat(covering("org.apache.commons.**", "org.apache.commons.io.IOUtils", except))
        .isEqualTo("org.apache.commons.io.IOUtils");
    assertThat(covering("org.apache.commons", "org.apache.commons.io.IOUtils", except))
        .isEqualTo("org.apache.commons");
    assertThat(
            covering(
                "**.*ReflectionUtils",
                "org.springframework.util.ReflectionUtils",
                "org.springframework.util"))
        .isNull();
  }

  @Test
  void wholeMatchesAreForNamesAsAWhole() {
    NamePatterns patterns = NamePatterns.of(List.of("**.Thread"), List.of());
    assertThat(patterns.matchesWhole("java.lang.Thread")).isTrue();
    assertThat(patterns.matchesWhole("java.lang.Thread.Builder")).isFalse();
  }

  @Test
  void invalidPatternsSayWhy() {
    assertThatThrownBy(() -> NamePatterns.of(List.of("a..b"), List.of()))
        .hasMessage("invalid name pattern 'a..b': empty segment (two dots, or a dot at an end)");
    assertThatThrownBy(() -> NamePatterns.of(List.of("a.b**"), List.of()))
        .hasMessageContaining("'b**' is neither a name");
    assertThatThrownBy(() -> NamePatterns.of(List.of("a/b"), List.of()))
        .hasMessageContaining("'a/b' is neither a name");
    assertThatThrownBy(() -> NamePatterns.of(List.of("**.**"), List.of()))
        .hasMessageContaining("matches every name");
  }
}
