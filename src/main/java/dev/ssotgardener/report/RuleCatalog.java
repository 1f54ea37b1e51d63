package dev.ssotgardener.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ssotgardener.policy.BuiltinCheck;
import dev.ssotgardener.policy.Truth;
import dev.ssotgardener.policy.TruthKind;
import dev.ssotgardener.policy.kinds.Descriptor;
import dev.ssotgardener.policy.kinds.RuleDoc;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code ssot rule} prints, as Ruff's {@code ruff rule} does: the list of kinds and checks, or
 * one doc, in text, JSON or Markdown.
 */
public final class RuleCatalog {
  /** The output formats of {@code ssot rule}. */
  public enum Format {
    TEXT,
    JSON,
    MARKDOWN
  }

  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final Format format;

  public RuleCatalog(Format format) {
    this.format = format;
  }

  /** Every kind and check, one line each with its fixability. */
  public String list() {
    List<Entry> entries = new ArrayList<>();
    for (TruthKind kind : TruthKind.values()) {
      entries.add(new Entry("kind", kind.descriptor()));
    }
    for (BuiltinCheck check : BuiltinCheck.values()) {
      entries.add(new Entry("check", check.descriptor()));
    }
    return switch (format) {
      case JSON -> {
        ArrayNode array = mapper.createArrayNode();
        entries.forEach(e -> array.add(node(e)));
        yield json(array);
      }
      case MARKDOWN -> {
        StringBuilder out = new StringBuilder("| id | type | fix | summary |\n|---|---|---|---|\n");
        entries.forEach(
            e ->
                out.append(
                    "| `%s` | %s | %s | %s |%n"
                        .formatted(e.id(), e.type(), e.fix(), e.descriptor().summary())));
        yield out.toString();
      }
      case TEXT -> {
        int width = entries.stream().mapToInt(e -> e.id().length()).max().orElse(0);
        String line = "%-" + width + "s  %-5s  %-9s  %s%n";
        StringBuilder out = new StringBuilder();
        entries.forEach(
            e -> out.append(line.formatted(e.id(), e.type(), e.fix(), e.descriptor().summary())));
        yield out.toString();
      }
    };
  }

  /** The doc of a kind or check by id; empty when the id names neither. */
  public Optional<String> doc(String id) {
    Optional<Entry> entry =
        TruthKind.fromId(id)
            .map(k -> new Entry("kind", k.descriptor()))
            .or(() -> BuiltinCheck.fromId(id).map(c -> new Entry("check", c.descriptor())));
    return entry.map(e -> render(e, e.descriptor().doc()));
  }

  /** The doc of the truth's kind, filled in with the truth's own names. */
  public String doc(Truth truth) {
    return render(new Entry("kind", truth.kind().descriptor()), RuleDoc.forTruth(truth));
  }

  private String render(Entry entry, String doc) {
    if (format != Format.JSON) {
      return doc.endsWith("\n") ? doc : doc + "\n";
    }
    ObjectNode node = node(entry);
    node.put("doc", doc);
    return json(node);
  }

  private ObjectNode node(Entry e) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", e.id());
    node.put("type", e.type());
    node.put("summary", e.descriptor().summary());
    node.put("fix", e.fix());
    return node;
  }

  private String json(Object node) {
    try {
      return mapper.writeValueAsString(node) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Entry(String type, Descriptor descriptor) {
    String id() {
      return descriptor.id();
    }

    String fix() {
      return descriptor.fixability().word();
    }
  }
}
