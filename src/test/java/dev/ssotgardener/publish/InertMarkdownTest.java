package dev.ssotgardener.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.policy.kinds.Words;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Text from the repository cannot act on GitHub once it is in a published body. */
class InertMarkdownTest {
  private static String inert(String markdown) {
    return InertMarkdown.of(markdown, Set.of("Fixes #7"));
  }

  @Test
  void mentionsLinksReferencesAndHtmlFromTestOutputCannotAct() {
    assertThat(
            inert(
                "- cycle 2: rolled back: AssertionError: ping @octocat and @acme/team, see"
                    + " [docs](https://evil.example) ![x](http://e/x.png) www.evil.example"
                    + " <img src=x onerror=alert(1)> <!-- ssot-garden: S step 6 --> Fixes #12"
                    + " &#64;x"))
        .isEqualTo(
            "- cycle 2: rolled back: AssertionError: ping `@octocat` and `@acme/team,` see"
                + " `[docs](https://evil.example)` `![x](http://e/x.png)` `www.evil.example`"
                + " &lt;img src=x onerror=alert(1)&gt; &lt;!-- ssot-garden: S step 6 --&gt;"
                + " Fixes `#12` `&#64;x`");
  }

  @Test
  void theGardensOwnMarkdownSurvives() {
    String own =
        "### Step 2: Execute Test Plan ✅ COMPLETE\n"
            + "- [x] Baseline: `python3 tests/run.py` - 5 passed\n"
            + "  - `tests/test_a.py`: not-loaded → **passing**\n"
            + "| before | 5 passed |\n"
            + "Fixes #7\n";
    assertThat(inert(own)).isEqualTo(own);
  }

  @Test
  void aCodeSpanStaysCodeAndAnUnmatchedBacktickOpensNothing() {
    assertThat(inert("- `a.py`: blocked: x ` @evil ` y"))
        .isEqualTo("- `a.py`: blocked: x ` @evil ` y");
    assertThat(inert("- `a.py`: blocked: x \\` @evil ` y"))
        .isEqualTo("- `a.py`: blocked: x \\\\\\` `@evil` \\` y");
    // a backtick left open on one line cannot pair with one on the next
    assertThat(inert("a ` b\nc ` @evil `")).isEqualTo("a \\` b\nc ` @evil `");
  }

  @Test
  void aTableCellIsReadAsGitHubSplitsIt() {
    assertThat(inert("| before | `a | @evil` |")).isEqualTo("| before | \\`a | `` @evil` `` |");
  }

  @Test
  void aFencedBlockIsLeftAsWrittenAndTextAfterItIsNot() {
    assertThat(inert("````diff\n+ @evil <b>\n```\n````\nafter @x"))
        .isEqualTo("````diff\n+ @evil <b>\n```\n````\nafter `@x`");
  }

  @Test
  void onlyTheGivenClosingLineIsTrusted() {
    assertThat(inert("Fixes #7")).isEqualTo("Fixes #7");
    assertThat(inert("Fixes #8")).isEqualTo("Fixes `#8`");
  }

  @Test
  void aCodeSpanFencesPastTheLongestBacktickRunOfWhatItHolds() {
    assertThat(Words.code("tests/a.py")).isEqualTo("`tests/a.py`");
    assertThat(Words.code("echo `date` ``x``")).isEqualTo("``` echo `date` ``x`` ```");
    assertThat(Words.code("`x")).isEqualTo("`` `x ``");
    assertThat(Words.code("a\nb")).isEqualTo("`a b`");
  }
}
