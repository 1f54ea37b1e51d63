package dev.ssotgardener.init;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A proposal as JSON that is also a policy (JSON is YAML): evidence, tentative truths and the kinds
 * not proposed sit under top-level {@code x-} keys, which the policy loader reads and ignores.
 */
public final class ProposalJson {
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public String render(Proposal proposal) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("version", 1);
    if (!proposal.tests().isEmpty()) {
      root.put("tests", proposal.tests());
    }
    if (!proposal.exclude().isEmpty()) {
      root.put(
          "exclude", proposal.exclude().stream().map(ExcludeInference.Excluded::glob).toList());
    }
    List<Object> truths = new ArrayList<>();
    List<Object> candidates = new ArrayList<>();
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("tests", proposal.testsEvidence());
    proposal.exclude().forEach(x -> evidence.put("exclude " + x.folder(), x.evidence()));
    for (ProposedTruth t : proposal.truths()) {
      (t.tentative() ? candidates : truths).add(truth(t));
      evidence.put(t.id(), t.evidence() + " (see `ssot rule " + t.kind().id() + "`)");
    }
    root.put("truths", truths);
    root.put("x-evidence", evidence);
    root.put("x-candidates", candidates);
    root.put("x-not-proposed", proposal.notProposed());
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> truth(ProposedTruth t) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", t.id());
    out.put("kind", t.kind().id());
    out.put("canonical", t.canonical());
    putIfAny(out, "forbids", t.forbids());
    putIfAny(out, "except", t.except());
    putIfAny(out, "replaces", t.replaces());
    putIfAny(out, "names", t.names());
    if (t.testsScope()) {
      out.put("scope", "tests");
    }
    return out;
  }

  private static void putIfAny(Map<String, Object> out, String key, List<String> values) {
    if (!values.isEmpty()) {
      out.put(key, values);
    }
  }
}
