package dev.ssotgardener.report;

import static dev.ssotgardener.report.Html.escape;

import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.finding.Summary;
import dev.ssotgardener.policy.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A self-contained dashboard: totals, SVG charts by truth and by top-level directory, a sortable
 * and filterable findings table, and a trend chart when history is known. Styles and script are
 * inline and a Content-Security-Policy forbids every fetch, so the file works offline.
 */
public final class HtmlRenderer implements Renderer {
  private static final String ROOT_DIRECTORY = "(root)";

  private final ReportContext context;
  private final String version;
  private final RuleTexts texts;

  public HtmlRenderer(ReportContext context, String version) {
    this.context = context;
    this.version = version;
    this.texts = new RuleTexts(context);
  }

  @Override
  public void render(AuditResult result, Writer out) throws IOException {
    String css = resource("dashboard.css");
    String js = resource("dashboard.js");
    Summary s = result.summary();
    List<Finding> findings = result.findings();
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src '")
        .append(sha256(css))
        .append("'; script-src '")
        .append(sha256(js))
        .append("'; img-src data:\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<link rel=\"icon\" href=\"data:,\">\n")
        .append("<title>SSOT audit - ")
        .append(escape(result.root()))
        .append("</title>\n<style>")
        .append(css)
        .append("</style>\n</head>\n<body>\n");
    html.append("<h1>SSOT audit of <code>")
        .append(escape(result.root()))
        .append("</code></h1>\n")
        .append("<p class=\"meta\">ssot-gardener ")
        .append(escape(version))
        .append(
            context.policy().source().isPresent()
                ? " · policy ssot.yml"
                : " · built-in checks only")
        .append("</p>\n");
    totals(html, s, findings);
    html.append("<div class=\"panels\">\n");
    panel(html, "Findings by truth", "by-truth", SvgCharts.bars("Findings by truth", s.byTruth()));
    panel(
        html,
        "Findings by top-level directory",
        "by-directory",
        SvgCharts.bars(
            "Findings by top-level directory", countBy(findings, HtmlRenderer::topDirectory)));
    if (!context.history().trend().isEmpty()) {
      panel(html, "Findings per commit", "trend", SvgCharts.trend(context.history().trend()));
    }
    html.append("</div>\n");
    table(html, findings, s);
    html.append("<script>").append(js).append("</script>\n</body>\n</html>\n");
    out.write(html.toString());
  }

  private void totals(StringBuilder html, Summary s, List<Finding> findings) {
    long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    Map<String, Long> totals = new LinkedHashMap<>();
    totals.put("findings", (long) s.findings());
    totals.put("error", errors);
    totals.put("warning", findings.size() - errors);
    totals.put("files", (long) s.files());
    totals.put("parsed", (long) s.parsed());
    totals.put("unparsable", (long) s.unparsable());
    totals.put("fixable", findings.stream().filter(Finding::fixable).count());
    html.append("<section class=\"totals\" id=\"totals\">\n");
    totals.forEach(
        (name, value) ->
            html.append("<div class=\"total ")
                .append(name)
                .append("\" data-total=\"")
                .append(name)
                .append("\"><b>")
                .append(value)
                .append("</b>")
                .append(name.equals("error") || name.equals("warning") ? name + "s" : name)
                .append("</div>\n"));
    html.append("</section>\n");
  }

  private static void panel(StringBuilder html, String title, String id, String svg) {
    html.append("<section class=\"panel\" id=\"")
        .append(id)
        .append("\"><h2>")
        .append(escape(title))
        .append("</h2>")
        .append(svg)
        .append("</section>\n");
  }

  private void table(StringBuilder html, List<Finding> findings, Summary s) {
    html.append("<section>\n<div class=\"controls\">\n")
        .append(
            "<input id=\"filter\" type=\"search\" placeholder=\"Filter findings\" aria-label=\"Filter findings\">\n")
        .append(
            "<select id=\"truth-filter\" aria-label=\"Truth\"><option value=\"\">All truths</option>");
    for (String truth : s.byTruth().keySet()) {
      html.append("<option value=\"")
          .append(escape(truth))
          .append("\">")
          .append(escape(truth))
          .append("</option>");
    }
    html.append("</select>\n<span>Showing <b id=\"shown\">")
        .append(findings.size())
        .append(" of ")
        .append(findings.size())
        .append("</b> findings</span>\n</div>\n")
        .append("<table id=\"findings\">\n<thead><tr>")
        .append("<th data-key=\"severity\">Severity</th><th data-key=\"truth\">Truth</th>")
        .append(
            "<th data-key=\"path\">File</th><th data-key=\"line\" data-type=\"number\">Line</th>")
        .append("<th data-key=\"message\">Message</th><th data-key=\"source\">Source line</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (Finding f : findings) {
      String severity = f.severity().id();
      html.append("<tr data-truth=\"")
          .append(escape(f.truth()))
          .append("\" data-severity=\"")
          .append(severity)
          .append("\"><td class=\"sev-")
          .append(severity)
          .append("\">")
          .append(severity)
          .append("</td><td title=\"")
          .append(escape(texts.shortDescription(f.truth())))
          .append("\">")
          .append(escape(f.truth()))
          .append("</td><td>")
          .append(escape(f.path()))
          .append("</td><td data-sort=\"")
          .append(f.span().startLine())
          .append("\">")
          .append(f.span().startLine())
          .append(':')
          .append(f.span().startColumn())
          .append("</td><td>")
          .append(escape(f.message()))
          .append("</td><td><code>")
          .append(escape(f.snippet().strip()))
          .append("</code></td></tr>\n");
    }
    html.append("</tbody>\n</table>\n</section>\n");
  }

  private static Map<String, Integer> countBy(
      List<Finding> findings, Function<Finding, String> key) {
    Map<String, Integer> counts =
        findings.stream()
            .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.summingInt(f -> 1)));
    return counts;
  }

  private static String topDirectory(Finding f) {
    int slash = f.path().indexOf('/');
    return slash < 0 ? ROOT_DIRECTORY : f.path().substring(0, slash);
  }

  /** A CSP source expression allowing exactly this inline text. */
  private static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlRenderer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
