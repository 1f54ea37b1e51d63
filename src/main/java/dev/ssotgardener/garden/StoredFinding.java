package dev.ssotgardener.garden;

import dev.ssotgardener.facts.Span;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.policy.Severity;
import java.util.Optional;

/** A finding as discovery saw it; its fix is not kept (fixes are planned again from disk). */
record StoredFinding(
    String truth,
    String kind,
    Severity severity,
    String path,
    int startLine,
    int startColumn,
    int endLine,
    int endColumn,
    String message,
    String snippet,
    String fingerprint) {
  static StoredFinding of(Finding f) {
    return new StoredFinding(
        f.truth(),
        f.kind(),
        f.severity(),
        f.path(),
        f.span().startLine(),
        f.span().startColumn(),
        f.span().endLine(),
        f.span().endColumn(),
        f.message(),
        f.snippet(),
        f.fingerprint());
  }

  Finding toFinding() {
    return new Finding(
        truth,
        kind,
        severity,
        path,
        new Span(startLine, startColumn, endLine, endColumn),
        message,
        snippet,
        fingerprint,
        Optional.empty());
  }
}
