package dev.ssotgardener.report;

import dev.ssotgardener.finding.AuditResult;
import java.io.IOException;
import java.io.Writer;

/** Writes an audit result in one output format. Adding a format is adding one renderer. */
public interface Renderer {
  void render(AuditResult result, Writer out) throws IOException;
}
