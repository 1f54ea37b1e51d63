package dev.ssotgardener.report;

import dev.ssotgardener.audit.Auditor;
import dev.ssotgardener.facts.Span;
import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.finding.HistoryFacts;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.PolicyLoader;
import dev.ssotgardener.policy.Severity;
import dev.ssotgardener.workspace.WalkOptions;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/** The bundled example, audited for real, and what renderer tests need around it. */
final class GoldenPathExample {
  static final Path ROOT = Path.of("examples/golden-path");
  static final String CONFLICTED =
      "tests/unit/agents/test_execution_engine_migration_validation.py";

  final Policy policy;
  final AuditResult result;

  GoldenPathExample() {
    try {
      policy = new PolicyLoader().loadFromRoot(ROOT).orElseThrow();
      result = new Auditor(policy, new WalkOptions(5L << 20, false)).audit(ROOT);
    } catch (Exception e) {
      throw new IllegalStateException("cannot audit " + ROOT, e);
    }
  }

  ReportContext context() {
    return ReportContext.of(policy, ROOT);
  }

  ReportContext context(HistoryFacts history) {
    return new ReportContext(policy, ROOT, history);
  }

  Finding finding(String truth) {
    return result.findings().stream()
        .filter(f -> f.truth().equals(truth))
        .findFirst()
        .orElseThrow();
  }

  static String render(Renderer renderer, AuditResult result) {
    StringWriter out = new StringWriter();
    try {
      renderer.render(result, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static Finding finding(
      String truth, String path, int line, Severity severity, String message, String snippet) {
    return new Finding(
        truth,
        "import",
        severity,
        path,
        new Span(line, 1, line, 5),
        message,
        snippet,
        "fp-" + truth + line,
        Optional.empty());
  }
}
