package dev.ssotgardener.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.ssotgardener.nativelib.NativeFileProbe;
import dev.ssotgardener.workspace.FileEntry;
import dev.ssotgardener.workspace.ReadOutcome;
import dev.ssotgardener.workspace.SourceReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The native read-and-probe gives every file the outcome the Java read and probes give it, for
 * every plan: the same text, the same skip, the same files left undecoded.
 */
class ProbedReaderTest {
  private static final String[] PIECES = {
    "x = 1\n",
    "<<<<<<< HEAD\n",
    "=======\n",
    ">>>>>>> branch\n",
    "||||||| base\n",
    "  <<<<<<< indented\n",
    "a <<<<<<< b\n",
    ">>>>>>>>\n",
    "\r\n",
    "\r>>>>>>>\r",
    "# ssot: ignore[x]\n",
    "ssot",
    ":",
    "\u00e9t\u00e9\n",
    "|",
    "<",
    "\u0000",
  };

  @TempDir Path dir;
  private final List<FileEntry> entries = new ArrayList<>();
  private final SourceReader reader = new SourceReader();

  @BeforeEach
  void requireTheLibrary() {
    assumeThat(NativeFileProbe.load()).isPresent();
  }

  @Test
  void nativeAndJavaAgreeOnEveryFileForEveryPlan() throws IOException {
    file("plain.py", "x = 1\n");
    file("empty.py", "");
    file("marker.py", "a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> x\n");
    file("inline.py", "x = '<<<<<<<'\n");
    file("bom.md", "\uFEFF>>>>>>> at the start\n");
    file("suppressed.py", "import os  # ssot: ignore[env]\n");
    file("with space/caf\u00e9.py", "<<<<<<< HEAD\n");
    byte[] binary = "abc\u0000def".getBytes(StandardCharsets.UTF_8);
    file("blob.bin", binary);
    byte[] lateNul = new byte[9000];
    Arrays.fill(lateNul, (byte) 'a');
    lateNul[8999] = 0;
    file("late-nul.txt", lateNul);
    file("utf16.txt", utf16("<<<<<<< HEAD\n"));
    file("utf16-bad.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8});
    byte[] large = new byte[3 << 20];
    Arrays.fill(large, (byte) 'y');
    System.arraycopy("\n>>>>>>> end\n".getBytes(StandardCharsets.US_ASCII), 0, large, 1 << 21, 13);
    file("large.txt", large);
    Random random = new Random(7);
    for (int n = 0; n < 400; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(10); i > 0; i--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      file("fuzz/" + n + (n % 2 == 0 ? ".py" : ".md"), text.toString());
    }
    // listed smaller than it is (it grew), listed but gone, and a folder where a file was listed
    Path grown = dir.resolve("grown.txt");
    Files.writeString(grown, "a".repeat(100_000) + "\n<<<<<<< HEAD\n");
    entries.add(new FileEntry("grown.txt", grown, 10));
    entries.add(new FileEntry("gone.py", dir.resolve("gone.py"), 5));
    Files.createDirectories(dir.resolve("folder.py"));
    entries.add(new FileEntry("folder.py", dir.resolve("folder.py"), 0));

    int decoded = 0;
    for (ReadPlan plan : plans()) {
      for (FileEntry entry : entries) {
        for (boolean source : new boolean[] {true, false}) {
          ReadOutcome java = new ProbedReader(reader, plan, Optional.empty()).read(entry, source);
          ReadOutcome fast =
              new ProbedReader(reader, plan, NativeFileProbe.load()).read(entry, source);
          assertThat(fast).as("%s, %s, source %s", entry.path(), plan, source).isEqualTo(java);
          decoded += fast instanceof ReadOutcome.Text ? 1 : 0;
        }
      }
    }
    assertThat(decoded).as("some files are worth decoding").isGreaterThan(400);
  }

  @Test
  void theProbeSeesAMarkerPastTheListedSize() throws IOException {
    Path grown = dir.resolve("grown.txt");
    Files.writeString(grown, "a".repeat(100_000) + "\n<<<<<<< HEAD\n");
    int bits = NativeFileProbe.load().orElseThrow().probe(grown, 10, null).orElseThrow();
    assertThat(bits & NativeFileProbe.MARKER).isNotZero();
    assertThat(NativeFileProbe.load().orElseThrow().probe(dir.resolve("missing"), 1, null))
        .isEmpty();
  }

  private static List<ReadPlan> plans() {
    List<ReadPlan> plans = new ArrayList<>();
    for (int mask = 0; mask < 4; mask++) {
      plans.add(new ReadPlan(false, false, (mask & 1) != 0, (mask & 2) != 0));
    }
    return plans;
  }

  private void file(String path, String text) throws IOException {
    file(path, text.getBytes(StandardCharsets.UTF_8));
  }

  private void file(String path, byte[] bytes) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    entries.add(new FileEntry(path, file, bytes.length));
  }

  private static byte[] utf16(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    return bytes;
  }
}
