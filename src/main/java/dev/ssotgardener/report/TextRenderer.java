package dev.ssotgardener.report;

import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.finding.Summary;
import dev.ssotgardener.policy.Severity;
import dev.ssotgardener.policy.kinds.Words;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The terminal report, in the shape Ruff and rustc users know: a header with severity and truth,
 * the location, the source line with carets under the offending text and, for a fixable finding
 * (marked {@code [*]}), a {@code help:} line saying what the fix does and whether it is safe or a
 * decision; then a summary by truth.
 */
public final class TextRenderer implements Renderer {
  private static final int TAB_WIDTH = 4;

  /** Ruff's mark for a finding {@code ssot fix} can fix. */
  private static final String FIXABLE = "[*]";

  private final boolean color;

  /** With {@code color}, ANSI colours; callers enable it only on a terminal without NO_COLOR. */
  public TextRenderer(boolean color) {
    this.color = color;
  }

  @Override
  public void render(AuditResult result, Writer out) throws IOException {
    StringBuilder text = new StringBuilder();
    for (Finding f : result.findings()) {
      appendFinding(text, f);
    }
    appendSummary(text, result.summary());
    long fixable = result.findings().stream().filter(Finding::fixable).count();
    if (fixable > 0) {
      text.append(FIXABLE).append(" %d fixable with `ssot fix --apply`.%n".formatted(fixable));
    }
    out.write(text.toString());
  }

  private void appendFinding(StringBuilder text, Finding f) {
    String severityColor = f.severity() == Severity.ERROR ? "1;31" : "1;33";
    text.append(paint(severityColor, f.severity().id() + "[" + f.truth() + "]"))
        .append(paint("1", ": " + f.message()))
        .append(f.fixable() ? " " + paint("1;36", FIXABLE) : "")
        .append('\n');
    String lineNumber = Integer.toString(f.span().startLine());
    String gutter = " ".repeat(lineNumber.length() + 1);
    text.append(" ".repeat(lineNumber.length()))
        .append(paint("1;34", "--> "))
        .append(f.path())
        .append(':')
        .append(f.span().startLine())
        .append(':')
        .append(f.span().startColumn())
        .append('\n');
    if (!f.snippet().isEmpty()) {
      String line = f.snippet();
      int start = Math.min(f.span().startColumn() - 1, line.length());
      int end =
          f.span().endLine() == f.span().startLine()
              ? Math.min(Math.max(f.span().endColumn() - 1, start + 1), line.length())
              : line.length();
      String before = expandTabs(line.substring(0, start));
      String marked = expandTabs(line.substring(start, Math.max(start, end)));
      text.append(gutter).append(paint("1;34", "|")).append('\n');
      text.append(paint("1;34", lineNumber + " |"))
          .append(' ')
          .append(expandTabs(line))
          .append('\n');
      text.append(gutter)
          .append(paint("1;34", "|"))
          .append(' ')
          .append(" ".repeat(before.length()))
          .append(paint(severityColor, "^".repeat(Math.max(1, marked.length()))))
          .append('\n');
    }
    f.fix()
        .ifPresent(
            fix ->
                text.append(paint("1;36", "help"))
                    .append(": ")
                    .append(fix.description())
                    .append(" (")
                    .append(fix.level().word())
                    .append(")\n"));
    if (!f.remedy().alternatives().isEmpty()) {
      text.append(paint("1;36", "help"))
          .append(": choose one of ")
          .append(
              String.join(
                  ", ", f.remedy().alternatives().stream().map(a -> a.choice().label()).toList()))
          .append(" (decision: `ssot fix --conflict`, or `ssot garden` tries them in order)\n");
    }
    text.append('\n');
  }

  private void appendSummary(StringBuilder text, Summary s) {
    if (s.findings() == 0) {
      text.append(paint("1;32", "No findings"))
          .append(" in %d files (%d parsed).%n".formatted(s.files(), s.parsed()));
    } else {
      text.append(
              paint(
                  "1",
                  "Found %d %s".formatted(s.findings(), Words.plural(s.findings(), "finding"))))
          .append(
              " in %d files (%d parsed, %d unparsable):%n"
                  .formatted(s.files(), s.parsed(), s.unparsable()));
      int width = s.byTruth().keySet().stream().mapToInt(String::length).max().orElse(0);
      for (Map.Entry<String, Integer> e : s.byTruth().entrySet()) {
        text.append("  ")
            .append(e.getKey())
            .append(" ".repeat(width - e.getKey().length() + 2))
            .append(e.getValue())
            .append('\n');
      }
    }
    if (!s.skipped().isEmpty()) {
      int total = s.skipped().values().stream().mapToInt(Integer::intValue).sum();
      StringBuilder reasons = new StringBuilder();
      s.skipped()
          .forEach(
              (reason, count) ->
                  reasons
                      .append(reasons.isEmpty() ? "" : ", ")
                      .append(count)
                      .append(' ')
                      .append(reason));
      text.append("Skipped %d %s: %s.%n".formatted(total, Words.plural(total, "file"), reasons));
    }
  }

  private static String expandTabs(String s) {
    return s.replace("\t", " ".repeat(TAB_WIDTH));
  }

  private String paint(String code, String s) {
    return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }
}
