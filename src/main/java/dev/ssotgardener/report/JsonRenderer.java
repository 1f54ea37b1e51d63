package dev.ssotgardener.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ssotgardener.finding.Alternative;
import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.finding.Summary;
import dev.ssotgardener.policy.PolicyWarning;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** The JSON object of PRODUCT.md: one object, fields in a fixed order, stable for scripts. */
public final class JsonRenderer implements Renderer {
  public static final String TOOL = "ssot-gardener";

  private final ObjectMapper mapper =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  private final String version;

  public JsonRenderer(String version) {
    this.version = version;
  }

  @Override
  public void render(AuditResult result, Writer out) throws IOException {
    write(toJson(result), out);
  }

  /** Writes a report tree (this one's, or one extending it) as every JSON report is written. */
  public void write(ObjectNode report, Writer out) throws IOException {
    mapper.writeValue(out, report);
    out.write(System.lineSeparator());
  }

  /** The report as a tree, for formats that extend it (history, diff). */
  public ObjectNode toJson(AuditResult result) {
    ObjectNode root = mapper.createObjectNode();
    root.put("tool", TOOL);
    root.put("version", version);
    root.put("root", result.root());
    root.set("summary", summary(result.summary()));
    ArrayNode findings = root.putArray("findings");
    result.findings().forEach(f -> findings.add(finding(f)));
    ArrayNode warnings = root.putArray("warnings");
    for (PolicyWarning w : result.warnings()) {
      warnings
          .addObject()
          .put("file", w.file())
          .put("line", w.line())
          .put("column", w.column())
          .put("message", w.message());
    }
    return root;
  }

  public ObjectNode finding(Finding f) {
    ObjectNode node = mapper.createObjectNode();
    node.put("truth", f.truth());
    node.put("kind", f.kind());
    node.put("severity", f.severity().id());
    node.put("path", f.path());
    node.put("line", f.span().startLine());
    node.put("column", f.span().startColumn());
    node.put("endLine", f.span().endLine());
    node.put("endColumn", f.span().endColumn());
    node.put("message", f.message());
    node.put("snippet", f.snippet().strip());
    node.put("fingerprint", f.fingerprint());
    node.put("fixable", f.fixable());
    f.fix().ifPresent(fix -> node.put("fixLevel", fix.level().word()));
    if (!f.remedy().alternatives().isEmpty()) {
      ArrayNode alternatives = node.putArray("alternatives");
      for (Alternative a : f.remedy().alternatives()) {
        alternatives
            .addObject()
            .put("choice", a.choice().label())
            .put("description", a.fix().description())
            .put("fixLevel", a.fix().level().word());
      }
    }
    if (f.fix().isEmpty() && !f.remedy().reason().isEmpty()) {
      node.put("unfixedReason", f.remedy().reason());
    }
    return node;
  }

  private ObjectNode summary(Summary s) {
    ObjectNode node = mapper.createObjectNode();
    node.put("files", s.files());
    node.put("parsed", s.parsed());
    node.put("unparsable", s.unparsable());
    node.put("findings", s.findings());
    ObjectNode byTruth = node.putObject("byTruth");
    for (Map.Entry<String, Integer> e : s.byTruth().entrySet()) {
      byTruth.put(e.getKey(), e.getValue());
    }
    ObjectNode skipped = node.putObject("skipped");
    for (Map.Entry<String, Integer> e : s.skipped().entrySet()) {
      skipped.put(e.getKey(), e.getValue());
    }
    return node;
  }
}
