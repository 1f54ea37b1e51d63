package dev.ssotgardener.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Facts built from equal strings hold one copy; a shared string is always an equal one. */
class SharedStringsTest {
  @Test
  void referencesOfTwoFilesShareTheirNames() {
    Span span = new Span(1, 1, 1, 11);
    Reference first =
        new Reference(new String("os.environ"), Reference.Usage.USE, "os.environ", span);
    Reference second =
        new Reference(
            new StringBuilder("os.").append("environ").toString(),
            Reference.Usage.USE,
            new String("os.environ"),
            span);
    assertThat(second.qualifiedName()).isSameAs(first.qualifiedName());
    assertThat(second.text()).isSameAs(first.qualifiedName());
  }

  @Test
  void aCollidingStringIsNeverReturnedForAnother() {
    // "Aa" and "BB" have the same hash code, so they meet in one slot.
    assertThat(SharedStrings.of("Aa")).isEqualTo("Aa");
    assertThat(SharedStrings.of(new String("BB"))).isEqualTo("BB");
    assertThat(SharedStrings.of(new String("Aa"))).isEqualTo("Aa");
    assertThat(SharedStrings.of(null)).isNull();
    assertThat(SharedStrings.of("")).isEmpty();
  }
}
