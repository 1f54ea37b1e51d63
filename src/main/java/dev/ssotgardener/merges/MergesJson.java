package dev.ssotgardener.merges;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ssotgardener.finding.CommitRef;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.report.JsonRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The JSON of {@code ssot merges}: the counts, each loss as a finding with the merge, both parents
 * and both sides' lost lines, and the hunks that could not be aligned. Keys are stable.
 */
public final class MergesJson {
  private final JsonRenderer json;
  private final String version;

  public MergesJson(String version) {
    this.json = new JsonRenderer(version);
    this.version = version;
  }

  public void render(MergeReport report, Writer out) throws IOException {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("tool", JsonRenderer.TOOL);
    root.put("version", version);
    MergeStats s = report.stats();
    ObjectNode stats = root.putObject("merges");
    stats.put("commitsWalked", s.commitsWalked());
    stats.put("examined", s.mergesExamined());
    stats.put("conflicted", s.mergesConflicted());
    stats.put("onOneBase", s.mergesOnOneBase());
    stats.put("skipped", s.mergesSkipped());
    stats.put("filesConflicted", s.filesConflicted());
    stats.put("wholeSideFiles", s.wholeSideFiles());
    stats.put("millis", s.time().toMillis());
    ObjectNode hunks = root.putObject("hunks");
    for (HunkClass c : HunkClass.values()) {
      hunks.put(c.id(), s.hunks().get(c));
    }
    ArrayNode findings = root.putArray("findings");
    for (int i = 0; i < report.lossy().size(); i++) {
      LossyMerge l = report.lossy().get(i);
      Finding f = report.findings().get(i);
      ObjectNode node = json.finding(f);
      node.put("loss", l.kind().id());
      node.set("merge", commit(l.merge()));
      node.set("ours", side(l.ours(), l.oursLost()));
      node.set("theirs", side(l.theirs(), l.theirsLost()));
      findings.add(node);
    }
    ArrayNode unaligned = root.putArray("unaligned");
    for (UnalignedHunk u : report.unaligned()) {
      ObjectNode node = unaligned.addObject();
      node.put("merge", u.merge().commit());
      node.put("path", u.path());
      node.put("oursLine", u.oursLine());
      node.put("reason", u.reason());
    }
    json.write(root, out);
  }

  private static ObjectNode side(String commit, List<String> lost) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("commit", commit);
    ArrayNode lines = node.putArray("lost");
    lost.forEach(lines::add);
    return node;
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
