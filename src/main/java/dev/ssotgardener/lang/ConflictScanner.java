package dev.ssotgardener.lang;

import dev.ssotgardener.facts.BrokenMarker;
import dev.ssotgardener.facts.ConflictBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds git merge-conflict blocks in any text file. Markers count only at column 0 and with exactly
 * seven marker characters; {@code =======} and {@code |||||||} count only inside an open block, so
 * reStructuredText and Markdown underlines never match. In Markdown, fenced code blocks (outside a
 * conflict) are skipped: they show conflicts rather than contain them.
 */
public final class ConflictScanner {
  private static final String START = "<<<<<<<";
  private static final String BASE = "|||||||";
  private static final String SEPARATOR = "=======";
  private static final String END = ">>>>>>>";

  /**
   * Whether some line of the first {@code n} of {@code bytes} (an ASCII-compatible encoding) may
   * hold a marker: a line starting with seven {@code <}, {@code >} or {@code |}. False means {@link
   * #scan} finds nothing, so a caller may skip decoding the file; it never rules out a marker that
   * {@link #scan} would see. {@code src/main/c/ssot_files.c} does the same in C (held to the same
   * answers by {@code ProbedReaderTest}): change both together.
   */
  public static boolean mayHaveMarker(byte[] bytes, int n) {
    int first = n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB ? 3 : 0;
    // Every run of seven equal bytes covers exactly one index divisible by seven: probe only those.
    for (int i = 0; i < n; i += START.length()) {
      byte b = bytes[i];
      if (b == '<' || b == '>' || b == '|') {
        int start = i;
        while (start > 0 && bytes[start - 1] == b) {
          start--;
        }
        int end = i + 1;
        while (end < n && bytes[end] == b) {
          end++;
        }
        boolean lineStart = start <= first || bytes[start - 1] == '\n' || bytes[start - 1] == '\r';
        if (end - start >= START.length() && lineStart) {
          return true;
        }
      }
    }
    return false;
  }

  public ConflictScan scan(String path, String text) {
    if (!hasMarkerLine(text)) {
      return new ConflictScan(List.of(), List.of());
    }
    return scanEveryLine(path, text);
  }

  /** The scan without the probe: what {@link #scan} must always equal. */
  static ConflictScan scanEveryLine(String path, String text) {
    return new Run(new LineMap(text), isMarkdown(path)).scan();
  }

  /**
   * Whether a line of {@code text} may start with a marker that opens, splits off or closes a
   * block: without one, a scan finds nothing (every other line only counts inside a block), so most
   * files cost a seventh of their characters instead of a string per line. The probe of {@link
   * #mayHaveMarker} on characters (a text has no byte-order mark).
   */
  private static boolean hasMarkerLine(String text) {
    int n = text.length();
    for (int i = 0; i < n; i += START.length()) {
      char c = text.charAt(i);
      if (c == '<' || c == '>' || c == '|') {
        int start = i;
        while (start > 0 && text.charAt(start - 1) == c) {
          start--;
        }
        int end = i + 1;
        while (end < n && text.charAt(end) == c) {
          end++;
        }
        boolean lineStart =
            start == 0 || text.charAt(start - 1) == '\n' || text.charAt(start - 1) == '\r';
        if (end - start >= START.length() && lineStart) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isMarkdown(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".md") || lower.endsWith(".markdown");
  }

  /** The label after a marker and one space, or null when the line is not that marker. */
  private static String label(String line, String marker) {
    if (!line.startsWith(marker)) {
      return null;
    }
    if (line.length() == marker.length()) {
      return "";
    }
    return line.charAt(marker.length()) == ' ' ? line.substring(marker.length() + 1) : null;
  }

  /** The state of one scan; a block in progress is the open section and its lines. */
  private static final class Run {
    private final LineMap lines;
    private final boolean markdown;
    private final List<ConflictBlock> blocks = new ArrayList<>();
    private final List<BrokenMarker> broken = new ArrayList<>();
    private String fence;
    private Section section = Section.NONE;
    private int startLine;
    private int baseLine;
    private int separatorLine;
    private String oursLabel;
    private String baseLabel;
    private List<String> ours;
    private List<String> base;
    private List<String> theirs;

    private enum Section {
      NONE,
      OURS,
      BASE,
      THEIRS
    }

    Run(LineMap lines, boolean markdown) {
      this.lines = lines;
      this.markdown = markdown;
    }

    ConflictScan scan() {
      for (int n = 1; n <= lines.lineCount(); n++) {
        String line = lines.lineText(n);
        if (section == Section.NONE && markdown && inFence(line)) {
          continue;
        }
        accept(n, line);
      }
      if (section != Section.NONE) {
        broken.add(new BrokenMarker(startLine, START, "conflict block is never closed"));
      }
      return new ConflictScan(blocks, broken);
    }

    /** Tracks Markdown fences; true when the line is a fence or inside one. */
    private boolean inFence(String line) {
      String trimmed = line.stripLeading();
      boolean indentOk = line.length() - trimmed.length() <= 3;
      if (fence != null) {
        if (indentOk
            && trimmed.startsWith(fence)
            && trimmed.strip().chars().allMatch(c -> c == fence.charAt(0))) {
          fence = null;
        }
        return true;
      }
      if (indentOk && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
        char c = trimmed.charAt(0);
        int length = 0;
        while (length < trimmed.length() && trimmed.charAt(length) == c) {
          length++;
        }
        fence = String.valueOf(c).repeat(length);
        return true;
      }
      return false;
    }

    private void accept(int n, String line) {
      String label = label(line, START);
      if (label != null) {
        if (section != Section.NONE) {
          broken.add(new BrokenMarker(startLine, START, "conflict block is never closed"));
        }
        open(n, label);
        return;
      }
      label = label(line, END);
      if (label != null) {
        close(n, label);
        return;
      }
      switch (section) {
        case NONE -> {
          label = label(line, BASE);
          if (label != null && !label.isBlank()) {
            broken.add(new BrokenMarker(n, BASE, "base marker outside a conflict block"));
          }
        }
        case OURS, BASE -> {
          if (line.equals(SEPARATOR)) {
            separatorLine = n;
            section = Section.THEIRS;
          } else if (section == Section.OURS && (label = label(line, BASE)) != null) {
            baseLine = n;
            baseLabel = label;
            section = Section.BASE;
          } else {
            (section == Section.OURS ? ours : base).add(line);
          }
        }
        case THEIRS -> theirs.add(line);
      }
    }

    private void open(int n, String label) {
      section = Section.OURS;
      startLine = n;
      baseLine = 0;
      separatorLine = 0;
      oursLabel = label;
      baseLabel = "";
      ours = new ArrayList<>();
      base = new ArrayList<>();
      theirs = new ArrayList<>();
    }

    private void close(int n, String label) {
      switch (section) {
        case NONE -> broken.add(new BrokenMarker(n, END, "end marker outside a conflict block"));
        case OURS, BASE ->
            broken.add(
                new BrokenMarker(startLine, START, "conflict block has no ======= separator"));
        case THEIRS ->
            blocks.add(
                new ConflictBlock(
                    startLine,
                    baseLine,
                    separatorLine,
                    n,
                    oursLabel,
                    baseLabel,
                    label,
                    ours,
                    base,
                    theirs));
      }
      section = Section.NONE;
    }
  }
}
