package dev.ssotgardener.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.facts.Span;
import dev.ssotgardener.facts.Suppression;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuppressionsTest {
  private final Suppressions suppressions = new Suppressions();

  private Optional<Suppression> parse(String text) {
    int start = Math.max(text.indexOf('#'), text.indexOf("//"));
    return suppressions.parse(new LineMap(text), start, text.length());
  }

  @Test
  void idsAndReasonAfterCode() {
    assertThat(parse("import os  # ssot: ignore[environment, mock-factory] legacy loader"))
        .contains(
            new Suppression(
                List.of("environment", "mock-factory"),
                "legacy loader",
                false,
                new Span(1, 12, 1, 67)));
  }

  @Test
  void ownLineJavaComment() {
    Suppression suppression =
        parse("    //ssot:ignore[base-test-case]  needs JUnit 4").orElseThrow();

    assertThat(suppression.ids()).containsExactly("base-test-case");
    assertThat(suppression.reason()).isEqualTo("needs JUnit 4");
    assertThat(suppression.ownLine()).isTrue();
  }

  @Test
  void withoutReason() {
    assertThat(parse("# ssot: ignore[environment]").orElseThrow().reason()).isEmpty();
  }

  @Test
  void withoutBracketsHasNoIds() {
    Suppression suppression = parse("# ssot: ignore because").orElseThrow();

    assertThat(suppression.ids()).isEmpty();
    assertThat(suppression.reason()).isEqualTo("because");
  }

  @Test
  void otherCommentsAreNotSuppressions() {
    assertThat(parse("x = 1  # noqa: E501")).isEmpty();
    assertThat(parse("# see ssot: ignore[x] later")).isEmpty();
    assertThat(parse("# ssot: ignored")).isEmpty();
  }
}
