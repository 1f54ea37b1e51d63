package dev.ssotgardener.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssotgardener.facts.Span;
import dev.ssotgardener.finding.TextEdit;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextEditsTest {
  private static TextEdit insert(int line, String text) {
    return new TextEdit(new Span(line, 1, line, 1), text);
  }

  @Test
  void insertionsAtOnePlaceComposeInTheOrderOfTheirTextAndOnce() throws Exception {
    String text = "import os\n\nclass A:\n    pass\n";
    List<TextEdit> edits =
        List.of(
            insert(2, "from z import Z\n"),
            insert(2, "from a import A\n"),
            insert(2, "from z import Z\n"));

    assertThat(TextEdits.apply(text, edits))
        .isEqualTo("import os\nfrom a import A\nfrom z import Z\n\nclass A:\n    pass\n");
    assertThat(TextEdits.apply(text, List.of(edits.get(1), edits.get(0))))
        .isEqualTo(TextEdits.apply(text, edits));
  }

  @Test
  void editsChangingTheSameTextStillConflict() {
    String text = "x = os.getenv('A')\n";
    List<TextEdit> edits =
        List.of(
            new TextEdit(new Span(1, 5, 1, 19), "get_env().get('A')"),
            new TextEdit(new Span(1, 5, 1, 14), "env"));

    assertThatThrownBy(() -> TextEdits.apply(text, edits))
        .isInstanceOf(TextEdits.OverlapException.class);
  }
}
