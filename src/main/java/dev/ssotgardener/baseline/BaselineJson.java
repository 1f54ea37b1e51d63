package dev.ssotgardener.baseline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.report.JsonRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The audit's JSON object with every finding marked {@code "baseline": "new"} or {@code "known"},
 * and a {@code baseline} object naming the file, the counts and the stale entries.
 */
public final class BaselineJson {
  private final JsonRenderer json;

  public BaselineJson(String version) {
    this.json = new JsonRenderer(version);
  }

  public void render(AuditResult result, BaselineCheck check, String file, Writer out)
      throws IOException {
    ObjectNode root = json.toJson(result);
    Set<String> known = new HashSet<>();
    check.known().forEach(f -> known.add(f.fingerprint()));
    ArrayNode findings = (ArrayNode) root.get("findings");
    for (int i = 0; i < findings.size(); i++) {
      String fingerprint = result.findings().get(i).fingerprint();
      ((ObjectNode) findings.get(i)).put("baseline", known.contains(fingerprint) ? "known" : "new");
    }
    ObjectNode baseline = root.putObject("baseline");
    baseline.put("file", file);
    baseline.put("new", check.fresh().size());
    baseline.put("known", check.known().size());
    ArrayNode stale = baseline.putArray("stale");
    List<BaselineEntry> entries = check.stale();
    for (BaselineEntry e : entries) {
      stale
          .addObject()
          .put("fingerprint", e.fingerprint())
          .put("truth", e.truth())
          .put("path", e.path())
          .put("snippet", e.snippet());
    }
    json.write(root, out);
  }
}
