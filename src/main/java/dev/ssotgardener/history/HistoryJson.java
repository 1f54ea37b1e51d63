package dev.ssotgardener.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ssotgardener.finding.CommitRef;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.finding.HistoryFacts.TrendPoint;
import dev.ssotgardener.finding.Provenance;
import dev.ssotgardener.report.JsonRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The JSON of {@code ssot history} (the audit object, with provenance on each finding and the
 * trend) and of {@code ssot diff} (from, to, introduced, fixed), in the shapes of PRODUCT.md.
 */
public final class HistoryJson {
  private final JsonRenderer json;

  public HistoryJson(String version) {
    this.json = new JsonRenderer(version);
  }

  public void render(HistoryReport report, Writer out) throws IOException {
    ObjectNode root = json.toJson(report.result());
    List<Finding> findings = report.result().findings();
    JsonNode nodes = root.get("findings");
    for (int i = 0; i < findings.size(); i++) {
      Provenance provenance = report.history().byFingerprint().get(findings.get(i).fingerprint());
      if (provenance != null) {
        ObjectNode node = (ObjectNode) nodes.get(i);
        node.set("introducedBy", commit(provenance.introducedBy()));
        provenance.mergedBy().ifPresent(m -> node.set("mergedBy", commit(m)));
      }
    }
    ArrayNode trend = root.putArray("trend");
    for (TrendPoint point : report.history().trend()) {
      trend.add(commit(point.commit()).put("findings", point.findings()));
    }
    WalkStats stats = report.stats();
    ObjectNode walk = root.putObject("walk");
    walk.put("commitsInRange", stats.commitsInRange());
    walk.put("commitsVisited", stats.commitsVisited());
    walk.put("commitsAudited", stats.commitsAudited());
    walk.put("firstParentCommits", stats.firstParentCommits());
    walk.put("blobsAudited", stats.blobsAudited());
    walk.put("missingObjects", stats.missingObjects());
    walk.put("filesJudged", stats.filesJudged());
    walk.put("headMillis", stats.headTime().toMillis());
    walk.put("walkMillis", stats.walkTime().toMillis());
    json.write(root, out);
  }

  public void render(DiffResult diff, Writer out) throws IOException {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("from", diff.from().commit());
    root.put("to", diff.to().commit());
    ArrayNode introduced = root.putArray("introduced");
    diff.introduced().forEach(f -> introduced.add(json.finding(f)));
    ArrayNode fixed = root.putArray("fixed");
    diff.fixed().forEach(f -> fixed.add(json.finding(f)));
    json.write(root, out);
  }

  private static ObjectNode commit(CommitRef ref) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("commit", ref.commit());
    node.put("author", ref.author());
    node.put("date", ref.date());
    node.put("subject", ref.subject());
    return node;
  }
}
