package dev.ssotgardener.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.facts.BrokenMarker;
import dev.ssotgardener.facts.ConflictBlock;
import org.junit.jupiter.api.Test;

class ConflictScannerTest {
  private final ConflictScanner scanner = new ConflictScanner();

  @Test
  void neitherProbeMissesAMarkerTheScanOfEveryLineFinds() {
    String[] pieces = {
      "<<<<<<<", ">>>>>>>", "|||||||", "=======", "<<<", "||||", " a", "x", "\n", "\r", "\r\n", "<",
      "|", ">", "\uFEFF", "```\n"
    };
    java.util.Random random = new java.util.Random(8);
    int withMarkers = 0;
    for (int round = 0; round < 20_000; round++) {
      // Up to 20 pieces, so that markers fall at every offset modulo the probes' stride.
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(20); i > 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      byte[] bytes = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      String decoded = text.toString().replaceFirst("^\uFEFF", "");
      for (String path : new String[] {"a.py", "a.md"}) {
        ConflictScan scan = ConflictScanner.scanEveryLine(path, decoded);
        assertThat(scanner.scan(path, decoded)).as("%s", text).isEqualTo(scan);
        if (!scan.blocks().isEmpty() || !scan.broken().isEmpty()) {
          withMarkers++;
          assertThat(ConflictScanner.mayHaveMarker(bytes, bytes.length))
              .as("%s in %s", scan, text)
              .isTrue();
        }
      }
    }
    assertThat(withMarkers).isGreaterThan(1000);
    byte[] quoted = "x = '<<<<<<<'\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(ConflictScanner.mayHaveMarker(quoted, quoted.length)).isFalse();
  }

  @Test
  void twoWayBlock() {
    ConflictScan scan =
        scanner.scan(
            "a.py", "x = 1\n<<<<<<< HEAD\ny = 1\n=======\ny = 2\nz = 3\n>>>>>>> 7af8f5475\nw\n");

    assertThat(scan.broken()).isEmpty();
    assertThat(scan.blocks())
        .containsExactly(
            new ConflictBlock(
                2,
                0,
                4,
                7,
                "HEAD",
                "",
                "7af8f5475",
                java.util.List.of("y = 1"),
                java.util.List.of(),
                java.util.List.of("y = 2", "z = 3")));
  }

  @Test
  void diff3BlockWithBase() {
    ConflictScan scan =
        scanner.scan(
            "a.py",
            "<<<<<<< Updated upstream\na\n||||||| merged common ancestors\nb\n=======\nc\n"
                + ">>>>>>> Stashed changes\n");

    ConflictBlock block = scan.blocks().get(0);
    assertThat(block.oursLabel()).isEqualTo("Updated upstream");
    assertThat(block.baseLabel()).isEqualTo("merged common ancestors");
    assertThat(block.theirsLabel()).isEqualTo("Stashed changes");
    assertThat(block.baseLine()).isEqualTo(3);
    assertThat(block.separatorLine()).isEqualTo(5);
    assertThat(block.ours()).containsExactly("a");
    assertThat(block.base()).containsExactly("b");
    assertThat(block.theirs()).containsExactly("c");
  }

  @Test
  void zdiff3BaseWithoutLabelAndBranchPathLabels() {
    ConflictScan scan =
        scanner.scan("a.py", "<<<<<<< main:a.py\na\n|||||||\nb\n=======\nc\n>>>>>>> dev:a.py");

    ConflictBlock block = scan.blocks().get(0);
    assertThat(block.oursLabel()).isEqualTo("main:a.py");
    assertThat(block.baseLabel()).isEmpty();
    assertThat(block.theirsLabel()).isEqualTo("dev:a.py");
    assertThat(block.endLine()).isEqualTo(7);
  }

  @Test
  void restructuredTextUnderlinesOutsideBlocksAreNothing() {
    ConflictScan scan = scanner.scan("doc.rst", "Title\n=======\n\nText\n========\n|||||||\n");

    assertThat(scan.isEmpty()).isTrue();
  }

  @Test
  void longerRunInsideBlockIsNotASeparator() {
    ConflictScan scan =
        scanner.scan("a.rst", "<<<<<<< HEAD\nTitle\n========\n=======\nOther\n>>>>>>> b\n");

    assertThat(scan.blocks()).hasSize(1);
    assertThat(scan.blocks().get(0).ours()).containsExactly("Title", "========");
    assertThat(scan.blocks().get(0).separatorLine()).isEqualTo(4);
  }

  @Test
  void markerWithoutSpaceBeforeLabelIsNotAMarker() {
    assertThat(scanner.scan("a.py", "<<<<<<<<\n<<<<<<<x\n>>>>>>>>\n").isEmpty()).isTrue();
  }

  @Test
  void loneStartMarkerIsBroken() {
    ConflictScan scan = scanner.scan("a.py", "a\n<<<<<<< HEAD\nb\n");

    assertThat(scan.blocks()).isEmpty();
    assertThat(scan.broken())
        .containsExactly(new BrokenMarker(2, "<<<<<<<", "conflict block is never closed"));
  }

  @Test
  void strayEndMarkerIsBroken() {
    ConflictScan scan = scanner.scan("a.py", "a\n>>>>>>> theirs\n");

    assertThat(scan.broken())
        .containsExactly(new BrokenMarker(2, ">>>>>>>", "end marker outside a conflict block"));
  }

  @Test
  void blockWithoutSeparatorIsBroken() {
    ConflictScan scan = scanner.scan("a.py", "<<<<<<< HEAD\na\n>>>>>>> b\n");

    assertThat(scan.blocks()).isEmpty();
    assertThat(scan.broken()).extracting(BrokenMarker::line).containsExactly(1);
  }

  @Test
  void startInsideOpenBlockBreaksTheOpenOne() {
    ConflictScan scan =
        scanner.scan("a.py", "<<<<<<< HEAD\na\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> x\n");

    assertThat(scan.broken()).extracting(BrokenMarker::line).containsExactly(1);
    assertThat(scan.blocks()).extracting(ConflictBlock::startLine).containsExactly(3);
  }

  @Test
  void labeledBaseMarkerOutsideBlockIsBroken() {
    ConflictScan scan = scanner.scan("a.py", "a\n||||||| base\n");

    assertThat(scan.broken()).extracting(BrokenMarker::line).containsExactly(2);
  }

  @Test
  void markersInMarkdownFencesAreIgnored() {
    String text =
        "# How to resolve\n```text\n<<<<<<< HEAD\na\n=======\nb\n>>>>>>> x\n```\n"
            + "~~~~\n>>>>>>> y\n~~~~\n";

    assertThat(scanner.scan("docs/guide.md", text).isEmpty()).isTrue();
    assertThat(scanner.scan("docs/guide.txt", text).blocks()).hasSize(1);
  }

  @Test
  void conflictInMarkdownOutsideFencesCounts() {
    ConflictScan scan =
        scanner.scan("README.markdown", "```\ncode\n```\n<<<<<<< HEAD\na\n=======\nb\n>>>>>>> x\n");

    assertThat(scan.blocks()).extracting(ConflictBlock::startLine).containsExactly(4);
  }

  @Test
  void aMarkerInsideALineDoesNotHideTheMarkersOfLinesBelowIt() {
    assertThat(
            scanner
                .scan("a.py", "x = '<<<<<<<'\n<<<<<<< HEAD\na\n=======\nb\n>>>>>>> o\n")
                .blocks())
        .hasSize(1);
    assertThat(scanner.scan("a.py", "s = '>>>>>>>'\n>>>>>>> stray\n").broken())
        .extracting(BrokenMarker::marker)
        .containsExactly(">>>>>>>");
    assertThat(scanner.scan("a.py", "s = '|||||||'\n||||||| base\n").broken())
        .extracting(BrokenMarker::marker)
        .containsExactly("|||||||");
  }

  @Test
  void linesEndingInALoneCarriageReturn() {
    ConflictScan scan = scanner.scan("a.py", "x\r<<<<<<< HEAD\ra\r=======\rb\r>>>>>>> o\r");
    assertThat(scan.blocks()).extracting(ConflictBlock::startLine).containsExactly(2);
  }

  @Test
  void crlfFile() {
    ConflictScan scan =
        scanner.scan("a.py", "x\r\n<<<<<<< HEAD\r\na\r\n=======\r\nb\r\n>>>>>>> other\r\n");

    assertThat(scan.broken()).isEmpty();
    ConflictBlock block = scan.blocks().get(0);
    assertThat(block.startLine()).isEqualTo(2);
    assertThat(block.oursLabel()).isEqualTo("HEAD");
    assertThat(block.theirsLabel()).isEqualTo("other");
    assertThat(block.ours()).containsExactly("a");
    assertThat(block.theirs()).containsExactly("b");
  }
}
