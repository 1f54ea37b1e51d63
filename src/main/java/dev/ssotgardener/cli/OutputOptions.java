package dev.ssotgardener.cli;

import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.report.GithubRenderer;
import dev.ssotgardener.report.GroupBy;
import dev.ssotgardener.report.HtmlRenderer;
import dev.ssotgardener.report.JsonRenderer;
import dev.ssotgardener.report.MarkdownRenderer;
import dev.ssotgardener.report.Renderer;
import dev.ssotgardener.report.ReportContext;
import dev.ssotgardener.report.SarifRenderer;
import dev.ssotgardener.report.TextRenderer;
import dev.ssotgardener.workspace.AtomicFiles;
import dev.ssotgardener.workspace.IoProblem;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --format} and {@code --output}: which renderer, and where its output goes. */
final class OutputOptions {
  private final Invocation invocation;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE.")
  private Path output;

  @Option(
      names = "--group-by",
      defaultValue = "file",
      description = "Markdown: one issue per ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Grouping groupBy;

  OutputOptions(Invocation invocation) {
    this.invocation = invocation;
  }

  enum Format {
    text,
    json,
    sarif,
    markdown,
    html,
    github
  }

  enum Grouping {
    file,
    truth
  }

  void write(AuditResult result, ReportContext given) throws IOException {
    String version = VersionProvider.version();
    ReportContext context = given.resolvedAgainst(invocation.base());
    Renderer renderer =
        switch (format) {
          case text -> new TextRenderer(output == null && invocation.colorEnabled());
          case json -> new JsonRenderer(version);
          case sarif -> new SarifRenderer(version, context);
          case markdown ->
              new MarkdownRenderer(
                  context,
                  groupBy == Grouping.file ? GroupBy.FILE : GroupBy.TRUTH,
                  LocalDate.now(),
                  version);
          case html -> new HtmlRenderer(context, version);
          case github -> new GithubRenderer(context);
        };
    write(out -> renderer.render(result, out));
  }

  Format format() {
    return format;
  }

  /** {@code --output}, when given. */
  Optional<Path> file() {
    return Optional.ofNullable(output);
  }

  /** Writes {@code bytes} whole to {@code --output}, which the caller checked is given. */
  void writeFile(byte[] bytes) {
    writeAtomically(invocation.resolve(output), output, bytes);
  }

  /**
   * Writes a report whole to {@code --output}, or to standard output once it is complete: a run
   * that fails while rendering (out of memory) prints nothing rather than half a report.
   */
  void write(Report report) throws IOException {
    StringWriter buffer = new StringWriter();
    report.writeTo(buffer);
    byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
    if (output != null) {
      writeFile(bytes);
      return;
    }
    invocation.out().write(bytes);
    if (invocation.out().checkError()) {
      throw OutputFailure.standardOutput();
    }
  }

  /** Something that writes itself as a report. */
  @FunctionalInterface
  interface Report {
    void writeTo(Writer out) throws IOException;
  }

  /** A file is written whole or not at all (see {@link AtomicFiles}); a failure names it. */
  static void writeAtomically(Path target, String content) {
    writeAtomically(target, target, content.getBytes(StandardCharsets.UTF_8));
  }

  private static void writeAtomically(Path target, Path given, byte[] bytes) {
    try {
      AtomicFiles.write(target, bytes);
    } catch (IOException e) {
      throw new OutputFailure(given + ": " + IoProblem.describe(e) + "; not written");
    }
  }
}
