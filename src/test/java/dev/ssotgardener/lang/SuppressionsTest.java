package dev.ssotgardener.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.facts.Span;
import dev.ssotgardener.facts.Suppression;
import dev.ssotgardener.facts.Suppression.Origin;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuppressionsTest {
  private final Suppressions suppressions = new Suppressions();

  private List<Suppression> all(String text) {
    int start = text.indexOf('#') >= 0 ? text.indexOf('#') : text.indexOf("//");
    return suppressions.parse(new LineMap(text), start, text.length());
  }

  private Optional<Suppression> parse(String text) {
    return all(text).stream().filter(s -> s.origin() == Origin.SSOT).findFirst();
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
    assertThat(all("x = 1  # type: ignore")).isEmpty();
    assertThat(parse("x = 1  # noqa: E501")).isEmpty();
    assertThat(parse("# see ssot: ignore[x] later")).isEmpty();
    assertThat(parse("# ssot: ignored")).isEmpty();
  }

  @Test
  void oursAfterAnotherToolsComment() {
    Suppression python =
        parse("import os  # noqa: TID251  # ssot: ignore[env] legacy").orElseThrow();
    Suppression java = parse("import a.B; // NOSONAR // ssot: ignore[env] legacy").orElseThrow();

    assertThat(python.ids()).containsExactly("env");
    assertThat(python.reason()).isEqualTo("legacy");
    assertThat(java.ids()).containsExactly("env");
    assertThat(java.reason()).isEqualTo("legacy");
  }

  @Test
  void noqaWithCodesBareAndBesideOurs() {
    assertThat(all("import os  # noqa: TID251, E501").get(0))
        .extracting(Suppression::origin, Suppression::ids)
        .containsExactly(Origin.NOQA, List.of("TID251", "E501"));
    assertThat(all("import os  # NOQA").get(0).ids()).isEmpty();
    assertThat(all("import os  # ssot: ignore[env] why  # noqa:TID251"))
        .extracting(Suppression::origin)
        .containsExactly(Origin.NOQA, Origin.SSOT);
    assertThat(all("x = 1  # see noqa rules")).isEmpty();
  }

  @Test
  void checkstyleOffAndOn() {
    assertThat(all("// CHECKSTYLE:OFF"))
        .extracting(Suppression::origin)
        .containsExactly(Origin.CHECKSTYLE_OFF);
    assertThat(all("// CHECKSTYLE:ON until here"))
        .extracting(Suppression::origin)
        .containsExactly(Origin.CHECKSTYLE_ON);
    assertThat(all("// checkstyle:off")).isEmpty();
  }
}
