package dev.ssotgardener.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.facts.Span;
import org.junit.jupiter.api.Test;

class LineMapTest {
  @Test
  void mixedTerminators() {
    LineMap lines = new LineMap("ab\r\ncd\ref\n");

    assertThat(lines.lineCount()).isEqualTo(4);
    assertThat(lines.lineText(1)).isEqualTo("ab");
    assertThat(lines.lineText(2)).isEqualTo("cd");
    assertThat(lines.lineText(3)).isEqualTo("ef");
    assertThat(lines.lineText(4)).isEmpty();
    assertThat(lines.span(4, 6)).isEqualTo(new Span(2, 1, 2, 3));
    assertThat(lines.line(2)).isEqualTo(1);
  }

  @Test
  void newlinesOnlyAndNoTerminatorAtAll() {
    LineMap lines = new LineMap("ab\n\ncd");

    assertThat(lines.lineCount()).isEqualTo(3);
    assertThat(lines.lineText(2)).isEmpty();
    assertThat(lines.lineText(3)).isEqualTo("cd");
    assertThat(lines.span(4, 6)).isEqualTo(new Span(3, 1, 3, 3));
    assertThat(new LineMap("").lineCount()).isEqualTo(1);
    assertThat(new LineMap("\n").lineCount()).isEqualTo(2);
    assertThat(new LineMap("x").lineText(1)).isEqualTo("x");
  }
}
