package dev.ssotgardener.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader as it runs: by our native library where it is loaded. */
class SourceReaderTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @TempDir Path root;

  private final SourceReader reader = reader();

  /** The reader under test; {@link SourceReaderJdkTest} reads every file with the JDK. */
  SourceReader reader() {
    return new SourceReader();
  }

  @Test
  void readsUtf8() throws IOException {
    SourceFile file = text("a.py", "print('héllo ✓')\n".getBytes(StandardCharsets.UTF_8));

    assertThat(file.path()).isEqualTo("a.py");
    assertThat(file.text()).isEqualTo("print('héllo ✓')\n");
    assertThat(file.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(file.bom()).isFalse();
  }

  @Test
  void stripsAUtf8Bom() throws IOException {
    SourceFile file =
        text(
            "bom.py",
            bytes(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "x = 1\n",
                StandardCharsets.UTF_8));

    assertThat(file.text()).isEqualTo("x = 1\n");
    assertThat(file.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(file.bom()).isTrue();
  }

  @Test
  void readsUtf16LittleEndianWithBomAsTextNotBinary() throws IOException {
    SourceFile file =
        text(
            "le.java",
            bytes(
                new byte[] {(byte) 0xFF, (byte) 0xFE}, "class A {}\n", StandardCharsets.UTF_16LE));

    assertThat(file.text()).isEqualTo("class A {}\n");
    assertThat(file.charset()).isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(file.bom()).isTrue();
  }

  @Test
  void readsUtf16BigEndianWithBom() throws IOException {
    SourceFile file =
        text(
            "be.java",
            bytes(
                new byte[] {(byte) 0xFE, (byte) 0xFF}, "class B {}\n", StandardCharsets.UTF_16BE));

    assertThat(file.text()).isEqualTo("class B {}\n");
    assertThat(file.charset()).isEqualTo(StandardCharsets.UTF_16BE);
    assertThat(file.bom()).isTrue();
  }

  @Test
  void skipsAFileWithANulByteAsBinary() throws IOException {
    ReadOutcome outcome = read("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});

    assertThat(outcome)
        .isEqualTo(
            new ReadOutcome.Skipped(
                new SkippedFile("image.png", SkipReason.BINARY, "NUL byte in the first 8 KiB")));
  }

  @Test
  void looksForNulOnlyInTheFirst8KiB() throws IOException {
    byte[] bytes = new byte[9000];
    Arrays.fill(bytes, (byte) 'a');
    bytes[8999] = 0;

    assertThat(text("late.txt", bytes).text()).hasSize(9000);
  }

  @Test
  void decodesLatin1WithoutACookieAsIso88591AndRoundTrips() throws IOException {
    byte[] bytes = "name = 'Müller' # café\n".getBytes(StandardCharsets.ISO_8859_1);

    SourceFile file = text("latin.py", bytes);

    assertThat(file.text()).isEqualTo("name = 'Müller' # café\n");
    assertThat(file.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
    assertThat(file.text().getBytes(file.charset())).isEqualTo(bytes);
  }

  @Test
  void aReplacementCharacterWrittenInTheFileIsUtf8AndInvalidUtf8IsLatin1() throws IOException {
    // U+FFFD in a file is valid UTF-8; an encoded surrogate or a cut-off sequence is not
    SourceFile replacement = text("r.py", "x = '\uFFFD \u00e9'\n".getBytes(StandardCharsets.UTF_8));
    assertThat(replacement.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(replacement.text()).isEqualTo("x = '\uFFFD \u00e9'\n");
    byte[] surrogate = {'x', ' ', '=', ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'};
    assertThat(text("s.py", surrogate).charset()).isEqualTo(StandardCharsets.ISO_8859_1);
    byte[] cutOff = {'x', ' ', '#', ' ', (byte) 0xE2, (byte) 0x82};
    assertThat(text("c.py", cutOff).charset()).isEqualTo(StandardCharsets.ISO_8859_1);
    assertThat(text("c.py", cutOff).text()).isEqualTo("x # \u00e2\u0082");
  }

  @Test
  void honoursAPep263CookieOnTheFirstLine() throws IOException {
    byte[] bytes = "# -*- coding: cp1252 -*-\ns = '€ – “quoted”'\n".getBytes(WINDOWS_1252);

    SourceFile file = text("cp.py", bytes);

    assertThat(file.text()).isEqualTo("# -*- coding: cp1252 -*-\ns = '€ – “quoted”'\n");
    assertThat(file.charset()).isEqualTo(WINDOWS_1252);
    assertThat(file.text().getBytes(file.charset())).isEqualTo(bytes);
  }

  @Test
  void honoursACookieOnTheSecondLineInPythonSpelling() throws IOException {
    byte[] bytes =
        "#!/usr/bin/env python\n# vim: set fileencoding=latin-1 :\nx = 'é'\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    SourceFile file = text("second.py", bytes);

    assertThat(file.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
    assertThat(file.text()).endsWith("x = 'é'\n");
  }

  @Test
  void ignoresACookieAfterTheSecondLine() throws IOException {
    byte[] bytes = "a = 1\nb = 2\n# coding: cp1252\nc = '€'\n".getBytes(WINDOWS_1252);

    assertThat(text("third.py", bytes).charset()).isEqualTo(StandardCharsets.ISO_8859_1);
  }

  @Test
  void fallsBackToIso88591ForAnUnknownCookie() throws IOException {
    byte[] bytes =
        "# coding: no-such-charset\nx = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(text("unknown.py", bytes).charset()).isEqualTo(StandardCharsets.ISO_8859_1);
  }

  @Test
  void prefersValidUtf8OverACookie() throws IOException {
    byte[] bytes = "# coding: latin-1\nx = 'é'\n".getBytes(StandardCharsets.UTF_8);

    assertThat(text("utf8.py", bytes).charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void reportsAMissingFileAsUnreadable() {
    FileEntry gone = new FileEntry("gone.py", root.resolve("gone.py"), 3);

    assertThat(reader.read(gone))
        .isInstanceOfSatisfying(
            ReadOutcome.Skipped.class,
            skipped -> assertThat(skipped.skipped().reason()).isEqualTo(SkipReason.UNREADABLE));
  }

  @Test
  void aFileThatGrewOrShrankSinceTheListingIsReadWholeAndTheBufferLeaksNothingBetweenFiles()
      throws IOException {
    // One reader, one thread: each file goes through the same reused buffer.
    String big = "x = 1\n".repeat(40_000);
    Path grown = root.resolve("grown.py");
    Files.writeString(grown, big);
    assertThat(textOf(reader.read(new FileEntry("grown.py", grown, 10)))).isEqualTo(big);
    Path shrunk = root.resolve("shrunk.py");
    Files.writeString(shrunk, "y = 2\n");
    assertThat(textOf(reader.read(new FileEntry("shrunk.py", shrunk, 500_000))))
        .isEqualTo("y = 2\n");
    Path latin = root.resolve("latin.py");
    Files.write(latin, "z = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(textOf(reader.read(new FileEntry("latin.py", latin, 8))))
        .isEqualTo("z = '\u00e9'\n");
  }

  @Test
  void readsAnAsciiFileAsUtf8AndAnAsciiFileWithANulAsBinary() throws IOException {
    SourceFile ascii = text("a.py", "x = 1\n".getBytes(StandardCharsets.US_ASCII));
    assertThat(ascii.text()).isEqualTo("x = 1\n");
    assertThat(ascii.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(text("empty.py", new byte[0]).text()).isEmpty();

    assertThat(read("nul.py", "x\0y\n".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOfSatisfying(
            ReadOutcome.Skipped.class,
            skipped -> assertThat(skipped.skipped().reason()).isEqualTo(SkipReason.BINARY));
  }

  @Test
  void readsEveryFileAsTheJdkReadsIt() throws IOException {
    SourceReader jdk = new SourceReader(java.util.Optional.empty());
    java.util.Random random = new java.util.Random(16);
    byte[][] pieces = {
      "x = 1\n".getBytes(StandardCharsets.US_ASCII),
      "é".getBytes(StandardCharsets.UTF_8),
      "é".getBytes(StandardCharsets.ISO_8859_1),
      {0},
      {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
      {(byte) 0xFF, (byte) 0xFE},
      {(byte) 0xFE, (byte) 0xFF},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      "# coding: latin-1\n".getBytes(StandardCharsets.US_ASCII),
      "<<<<<<< ours\n".getBytes(StandardCharsets.US_ASCII),
      {0x7F, 0x7E},
    };
    for (int round = 0; round < 400; round++) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      for (int i = random.nextInt(6); i > 0; i--) {
        out.writeBytes(pieces[random.nextInt(pieces.length)]);
      }
      byte[] bytes = out.toByteArray();
      Path file = root.resolve("f" + round + ".py");
      Files.write(file, bytes);
      // A listed size that is wrong either way must not matter.
      FileEntry entry = new FileEntry("f.py", file, random.nextInt(bytes.length + 3));

      assertThat(reader.read(entry)).as(Arrays.toString(bytes)).isEqualTo(jdk.read(entry));
    }
  }

  private static String textOf(ReadOutcome outcome) {
    assertThat(outcome).isInstanceOf(ReadOutcome.Text.class);
    return ((ReadOutcome.Text) outcome).file().text();
  }

  private static byte[] bytes(byte[] bom, String text, Charset charset) {
    byte[] body = text.getBytes(charset);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    return all;
  }

  private SourceFile text(String path, byte[] bytes) throws IOException {
    ReadOutcome outcome = read(path, bytes);
    assertThat(outcome).isInstanceOf(ReadOutcome.Text.class);
    return ((ReadOutcome.Text) outcome).file();
  }

  private ReadOutcome read(String path, byte[] bytes) throws IOException {
    Path file = root.resolve(path);
    Files.write(file, bytes);
    return reader.read(new FileEntry(path, file, bytes.length));
  }
}
