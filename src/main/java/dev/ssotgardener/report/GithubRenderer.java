package dev.ssotgardener.report;

import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.policy.Severity;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands, one {@code ::error} or {@code ::warning} annotation per
 * finding, escaped as the runner unescapes them (data: {@code % \r \n}; properties also {@code :
 * ,}).
 */
public final class GithubRenderer implements Renderer {
  private final ReportContext context;

  public GithubRenderer(ReportContext context) {
    this.context = context;
  }

  @Override
  public void render(AuditResult result, Writer out) throws IOException {
    StringBuilder text = new StringBuilder();
    for (Finding f : result.findings()) {
      text.append("::")
          .append(f.severity() == Severity.ERROR ? "error" : "warning")
          .append(" file=")
          .append(escapeProperty(context.workspacePath(f.path())))
          .append(",line=")
          .append(f.span().startLine())
          .append(",col=")
          .append(f.span().startColumn())
          .append(",endLine=")
          .append(f.span().endLine())
          .append(",endColumn=")
          .append(f.span().endColumn())
          .append(",title=")
          .append(escapeProperty("ssot " + f.truth()))
          .append("::")
          .append(escapeData(f.message()))
          .append('\n');
    }
    out.write(text.toString());
  }

  static String escapeData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  static String escapeProperty(String s) {
    return escapeData(s).replace(":", "%3A").replace(",", "%2C");
  }
}
