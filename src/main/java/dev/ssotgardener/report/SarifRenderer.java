package dev.ssotgardener.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ssotgardener.facts.Span;
import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.finding.ConflictChoice;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.finding.Fix;
import dev.ssotgardener.finding.TextEdit;
import dev.ssotgardener.policy.BuiltinCheck;
import dev.ssotgardener.policy.PolicyWarning;
import dev.ssotgardener.policy.Severity;
import dev.ssotgardener.policy.Truth;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one rule per truth and enabled built-in check, each
 * result with a relative artifact URI under {@code %SRCROOT%}, a region, our fingerprint as a
 * partial fingerprint, and the finding's fix when it has one.
 */
public final class SarifRenderer implements Renderer {
  public static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  static final String SRCROOT = "%SRCROOT%";
  static final String FINGERPRINT_KEY = "ssotFingerprint/v1";

  private final ObjectMapper mapper =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  private final String version;
  private final ReportContext context;
  private final RuleTexts texts;

  public SarifRenderer(String version, ReportContext context) {
    this.version = version;
    this.context = context;
    this.texts = new RuleTexts(context);
  }

  @Override
  public void render(AuditResult result, Writer out) throws IOException {
    List<String> ruleIds = ruleIds(result);
    ObjectNode root = mapper.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", JsonRenderer.TOOL);
    driver.put("version", version);
    driver.put("semanticVersion", version);
    ArrayNode rules = driver.putArray("rules");
    ruleIds.forEach(id -> rules.add(rule(id)));
    run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", srcRoot().toUri().toString());
    ArrayNode results = run.putArray("results");
    for (Finding f : result.findings()) {
      results.add(result(f, ruleIds.indexOf(f.truth())));
    }
    run.put("columnKind", "utf16CodeUnits");
    run.putArray("invocations").add(invocation(result));
    mapper.writeValue(out, root);
    out.write(System.lineSeparator());
  }

  /** Every truth and enabled check, so code scanning can show rules that are clean, too. */
  private List<String> ruleIds(AuditResult result) {
    Set<String> ids = new LinkedHashSet<>();
    context.policy().truths().stream().map(Truth::id).forEach(ids::add);
    for (Map.Entry<BuiltinCheck, Severity> e : context.policy().checks().entrySet()) {
      ids.add(e.getKey().id());
    }
    result.findings().forEach(f -> ids.add(f.truth()));
    return new ArrayList<>(ids.stream().sorted().toList());
  }

  private ObjectNode rule(String id) {
    ObjectNode rule = mapper.createObjectNode();
    rule.put("id", id);
    rule.put("name", pascalCase(id));
    rule.putObject("shortDescription").put("text", texts.shortDescription(id));
    String help = texts.help(id);
    rule.putObject("fullDescription").put("text", help);
    // the full doc of the kind or check, filled in with the truth's names, as code scanning shows
    // it
    String doc = texts.doc(id).map(d -> help + "\n\n" + d).orElse(help);
    rule.putObject("help").put("text", doc).put("markdown", doc);
    rule.putObject("defaultConfiguration").put("level", level(texts.defaultSeverity(id)));
    ObjectNode properties = rule.putObject("properties");
    properties.putArray("tags").add("ssot").add(context.truth(id).isPresent() ? "truth" : "check");
    properties.put("precision", "high");
    return rule;
  }

  private ObjectNode result(Finding f, int ruleIndex) {
    ObjectNode node = mapper.createObjectNode();
    node.put("ruleId", f.truth());
    node.put("ruleIndex", ruleIndex);
    node.put("level", level(f.severity()));
    node.putObject("message").put("text", f.message());
    ObjectNode physical = node.putArray("locations").addObject().putObject("physicalLocation");
    physical.set("artifactLocation", artifact(f.path()));
    ObjectNode region = region(f.span());
    if (!f.snippet().isBlank()) {
      region.putObject("snippet").put("text", f.snippet().strip());
    }
    physical.set("region", region);
    node.putObject("partialFingerprints").put(FINGERPRINT_KEY, f.fingerprint());
    if (f.fix().isPresent()) {
      node.putArray("fixes").add(fix(f.path(), f.fix().get(), null));
    } else if (!f.remedy().alternatives().isEmpty()) {
      // SARIF's fixes are "possible fixes": a conflict's candidates, each a decision
      ArrayNode fixes = node.putArray("fixes");
      f.remedy().alternatives().forEach(a -> fixes.add(fix(f.path(), a.fix(), a.choice())));
    }
    if (f.fix().isEmpty() && !f.remedy().reason().isEmpty()) {
      node.putObject("properties").put("unfixedReason", f.remedy().reason());
    }
    return node;
  }

  /**
   * @param choice the alternative this fix is, or null for a finding's one fix
   */
  private ObjectNode fix(String path, Fix fix, ConflictChoice choice) {
    ObjectNode node = mapper.createObjectNode();
    node.putObject("description").put("text", fix.description());
    ObjectNode properties = node.putObject("properties").put("level", fix.level().word());
    if (choice != null) {
      properties.put("choice", choice.label());
    }
    ObjectNode change = node.putArray("artifactChanges").addObject();
    change.set("artifactLocation", artifact(path));
    ArrayNode replacements = change.putArray("replacements");
    for (TextEdit edit : fix.edits()) {
      ObjectNode replacement = replacements.addObject();
      replacement.set("deletedRegion", region(edit.span()));
      replacement.putObject("insertedContent").put("text", edit.replacement());
    }
    return node;
  }

  /** The run itself: it completed, with the policy's warnings as configuration notifications. */
  private ObjectNode invocation(AuditResult result) {
    ObjectNode node = mapper.createObjectNode();
    node.put("executionSuccessful", true);
    ArrayNode notifications = node.putArray("toolConfigurationNotifications");
    for (PolicyWarning w : result.warnings()) {
      ObjectNode notification = notifications.addObject();
      notification.put("level", "warning");
      notification.putObject("message").put("text", w.message());
      ObjectNode location = notification.putArray("locations").addObject();
      ObjectNode physical = location.putObject("physicalLocation");
      physical
          .putObject("artifactLocation")
          .put(
              "uri",
              context.onDisk(Path.of(w.file())).toAbsolutePath().normalize().toUri().toString());
      physical.putObject("region").put("startLine", w.line()).put("startColumn", w.column());
    }
    return node;
  }

  private ObjectNode artifact(String path) {
    ObjectNode node = mapper.createObjectNode();
    node.put("uri", uriPath(context.workspacePath(path)));
    node.put("uriBaseId", SRCROOT);
    return node;
  }

  private ObjectNode region(Span span) {
    ObjectNode node = mapper.createObjectNode();
    node.put("startLine", span.startLine());
    node.put("startColumn", span.startColumn());
    node.put("endLine", span.endLine());
    node.put("endColumn", span.endColumn());
    return node;
  }

  /** Where relative URIs resolve: the working directory, or the root when it was absolute. */
  private Path srcRoot() {
    return context.root().isAbsolute() ? context.root() : context.base().toAbsolutePath();
  }

  /** A relative URI reference: each path segment percent-encoded as RFC 3986 requires. */
  private static String uriPath(String path) {
    StringBuilder uri = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (Character.isLetterOrDigit(c) && c < 0x80 || "/-._~".indexOf(c) >= 0) {
        uri.append((char) c);
      } else {
        uri.append('%').append(String.format("%02X", c));
      }
    }
    return uri.toString();
  }

  private static String level(Severity severity) {
    return severity == Severity.ERROR ? "error" : "warning";
  }

  private static String pascalCase(String id) {
    StringBuilder name = new StringBuilder();
    for (String part : id.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return name.toString();
  }
}
