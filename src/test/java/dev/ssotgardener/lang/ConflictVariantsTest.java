package dev.ssotgardener.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.lang.ConflictVariants.Side;
import org.junit.jupiter.api.Test;

class ConflictVariantsTest {
  private final ConflictVariants variants = new ConflictVariants();

  @Test
  void eachSideKeepsLineNumbers() {
    String text =
        "a\r\n<<<<<<< HEAD\r\nours\r\n||||||| base\r\nold\r\n=======\r\ntheirs\r\n"
            + ">>>>>>> x\r\nz\r\n";
    var blocks = new ConflictScanner().scan("a.py", text).blocks();

    assertThat(variants.variant(text, blocks, Side.OURS))
        .isEqualTo("a\r\n\r\nours\r\n\r\n\r\n\r\n\r\n\r\nz\r\n");
    assertThat(variants.variant(text, blocks, Side.THEIRS))
        .isEqualTo("a\r\n\r\n\r\n\r\n\r\n\r\ntheirs\r\n\r\nz\r\n");
  }

  @Test
  void severalBlocksAndNoTrailingNewline() {
    String text = "<<<<<<< a\n1\n=======\n2\n>>>>>>> b\nm\n<<<<<<< a\n3\n=======\n4\n>>>>>>> b";
    var blocks = new ConflictScanner().scan("a.py", text).blocks();

    assertThat(variants.variant(text, blocks, Side.OURS)).isEqualTo("\n1\n\n\n\nm\n\n3\n\n\n");
    assertThat(variants.variant(text, blocks, Side.THEIRS)).isEqualTo("\n\n\n2\n\nm\n\n\n\n4\n");
  }
}
