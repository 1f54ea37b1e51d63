package dev.ssotgardener.shard;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.Language;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A file a shard judges: its facts, and its lines deflated, for the snippets of the findings the
 * merge may place in it (which depend on the files of every shard, so a shard cannot pick them).
 */
public record JudgedFile(FileFacts facts, byte[] deflatedLines) {
  public JudgedFile {
    deflatedLines = deflatedLines.clone();
  }

  /**
   * Whether a finding can lie in the file of {@code facts}: a finding's line is one its facts hold,
   * and of a file no front end parses only the conflict markers matter ({@link FileFacts#text}).
   * The lines of the others (documentation, data: half of a large tree's bytes) are not carried.
   */
  public static boolean mayHoldFindings(FileFacts facts) {
    return facts.language() != Language.TEXT
        || !facts.conflicts().isEmpty()
        || !facts.brokenMarkers().isEmpty();
  }

  /** {@code lines} kept deflated: a shard's text is its largest part, and most is never shown. */
  public static JudgedFile of(FileFacts facts, List<String> lines) {
    StringBuilder text = new StringBuilder();
    lines.forEach(line -> text.append(line).append('\n'));
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try {
      deflater.setInput(text.toString().getBytes(StandardCharsets.UTF_8));
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[1 << 14];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return new JudgedFile(facts, out.toByteArray());
    } finally {
      deflater.end();
    }
  }

  @Override
  public byte[] deflatedLines() {
    return deflatedLines.clone();
  }

  /**
   * The file's lines as the shard read them.
   *
   * @throws IllegalArgumentException if the deflated bytes are corrupt
   */
  public List<String> lines() {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(deflatedLines);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[1 << 14];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new IllegalArgumentException("the lines of " + facts.path() + " are truncated");
        }
        out.write(buffer, 0, n);
      }
      String text = out.toString(StandardCharsets.UTF_8);
      // Each line ends in '\n' and holds none (Java's lines() split them), so this is exact.
      List<String> lines = new ArrayList<>();
      for (int start = 0, end; start < text.length(); start = end + 1) {
        end = text.indexOf('\n', start);
        if (end < 0) {
          throw new IllegalArgumentException("the last line of " + facts.path() + " is cut");
        }
        lines.add(text.substring(start, end));
      }
      return lines;
    } catch (DataFormatException e) {
      throw new IllegalArgumentException("the lines of " + facts.path() + " are corrupt", e);
    } finally {
      inflater.end();
    }
  }
}
