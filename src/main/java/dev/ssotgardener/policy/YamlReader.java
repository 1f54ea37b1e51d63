package dev.ssotgardener.policy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.ssotgardener.policy.YamlNode.Entry;
import dev.ssotgardener.policy.YamlNode.Mapping;
import dev.ssotgardener.policy.YamlNode.Mark;
import dev.ssotgardener.policy.YamlNode.Scalar;
import dev.ssotgardener.policy.YamlNode.Sequence;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML document into {@link YamlNode}s, walking Jackson's tokens so every key and value
 * keeps its line and column. Anchors and aliases ({@code &common}, {@code *common}) and merge keys
 * ({@code <<: *common}) are resolved here, since Jackson leaves them to the reader; an aliased
 * value keeps the positions of the anchored one. Rejects what would silently mislead: duplicate
 * keys, an alias of an unknown anchor, more than one document, text that is not UTF-8.
 */
final class YamlReader {
  private static final String MERGE_KEY = "<<";

  private final String file;

  /** Anchored values read so far; a later anchor of the same name replaces an earlier one. */
  private final Map<String, YamlNode> anchors = new HashMap<>();

  YamlReader(String file) {
    this.file = file;
  }

  /** The document's root, or empty when the file holds no document (empty or only comments). */
  Optional<YamlNode> read(byte[] bytes) throws PolicyException {
    String text = decode(bytes);
    try (JsonParser parser = new YAMLFactory().createParser(text)) {
      if (parser.nextToken() == null) {
        return Optional.empty();
      }
      YamlNode root = node(parser, "");
      if (parser.nextToken() != null) {
        throw error(mark(parser), "only one YAML document is allowed");
      }
      return Optional.of(root);
    } catch (JsonProcessingException e) {
      throw syntaxError(e);
    } catch (IOException e) {
      throw new PolicyException(file, 0, 0, "cannot read: " + e.getMessage());
    }
  }

  private YamlNode node(JsonParser parser, String path) throws IOException, PolicyException {
    Mark mark = mark(parser);
    if (((YAMLParser) parser).isCurrentAlias()) {
      YamlNode anchored = anchors.get(parser.getText());
      if (anchored == null) {
        throw error(
            mark, prefix(path) + "alias *" + parser.getText() + " names no anchor before it");
      }
      return anchored;
    }
    String anchor = parser.getObjectId() instanceof String id ? id : null;
    YamlNode node = value(parser, path, mark);
    if (anchor != null) {
      anchors.put(anchor, node);
    }
    return node;
  }

  private YamlNode value(JsonParser parser, String path, Mark mark)
      throws IOException, PolicyException {
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> mapping(parser, path, mark);
      case START_ARRAY -> sequence(parser, path, mark);
      case VALUE_STRING -> new Scalar(parser.getText(), Scalar.Type.STRING, mark);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
          new Scalar(parser.getText(), Scalar.Type.NUMBER, mark);
      case VALUE_TRUE, VALUE_FALSE -> new Scalar(parser.getText(), Scalar.Type.BOOLEAN, mark);
      case VALUE_NULL -> new Scalar(parser.getText(), Scalar.Type.NULL, mark);
      default -> throw error(mark, prefix(path) + "unsupported YAML value");
    };
  }

  private Mapping mapping(JsonParser parser, String path, Mark mark)
      throws IOException, PolicyException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    List<Mapping> merged = new ArrayList<>();
    boolean sawMergeKey = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      Mark keyMark = mark(parser);
      String keyPath = path.isEmpty() ? key : path + "." + key;
      parser.nextToken();
      YamlNode value = node(parser, keyPath);
      if (key.equals(MERGE_KEY)) {
        if (sawMergeKey) {
          throw error(keyMark, keyPath + ": duplicate key");
        }
        sawMergeKey = true;
        merged.addAll(mergedMappings(value, keyPath));
        continue;
      }
      Entry first = entries.putIfAbsent(key, new Entry(key, keyMark, value));
      if (first != null) {
        throw error(
            keyMark, keyPath + ": duplicate key (first at line " + first.keyMark().line() + ")");
      }
    }
    // keys written in the mapping win over merged ones; among merged, the first mapping wins
    for (Mapping mapping : merged) {
      mapping.entries().forEach(entries::putIfAbsent);
    }
    return new Mapping(entries, mark);
  }

  /** What a merge key's value merges: one mapping or a list of mappings, as YAML 1.1 says. */
  private List<Mapping> mergedMappings(YamlNode value, String path) throws PolicyException {
    if (value instanceof Mapping mapping) {
      return List.of(mapping);
    }
    if (value instanceof Sequence sequence
        && sequence.items().stream().allMatch(Mapping.class::isInstance)) {
      return sequence.items().stream().map(Mapping.class::cast).toList();
    }
    throw error(
        value.mark(),
        path + ": a merge key takes a map or a list of maps, found " + value.describe());
  }

  private Sequence sequence(JsonParser parser, String path, Mark mark)
      throws IOException, PolicyException {
    List<YamlNode> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      items.add(node(parser, path + "[" + items.size() + "]"));
    }
    return new Sequence(items, mark);
  }

  private static Mark mark(JsonParser parser) {
    JsonLocation location = parser.currentTokenLocation();
    return new Mark(location.getLineNr(), location.getColumnNr());
  }

  private static String prefix(String path) {
    return path.isEmpty() ? "" : path + ": ";
  }

  private PolicyException syntaxError(JsonProcessingException e) {
    // SnakeYAML's own exception carries the problem and its position without the source excerpt.
    if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
      String context =
          yaml.getContext() == null || yaml.getContextMark() == null
              ? ""
              : " ("
                  + oneLine(yaml.getContext())
                  + " at "
                  + (yaml.getContextMark().getLine() + 1)
                  + ":"
                  + (yaml.getContextMark().getColumn() + 1)
                  + ")";
      Mark mark =
          new Mark(yaml.getProblemMark().getLine() + 1, yaml.getProblemMark().getColumn() + 1);
      return error(mark, "YAML syntax error: " + oneLine(yaml.getProblem()) + context);
    }
    JsonLocation location = e.getLocation();
    Mark mark =
        location == null ? new Mark(1, 1) : new Mark(location.getLineNr(), location.getColumnNr());
    return error(mark, "YAML syntax error: " + oneLine(e.getOriginalMessage()));
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  private String decode(byte[] bytes) throws PolicyException {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw error(markAt(bytes, i), "contains a NUL byte; a policy is UTF-8 text");
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // UTF-8 never decodes to more chars than it has bytes.
    CharBuffer out = CharBuffer.allocate(bytes.length);
    if (decoder.decode(in, out, true).isError() || decoder.flush(out).isError()) {
      throw error(markAt(bytes, in.position()), "not valid UTF-8; a policy is UTF-8 text");
    }
    String text = out.flip().toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Line and byte column of {@code offset}: good enough to find a bad byte in an editor. */
  private static Mark markAt(byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Mark(line, offset - lineStart + 1);
  }

  private PolicyException error(Mark mark, String problem) {
    return new PolicyException(file, mark.line(), mark.column(), problem);
  }
}
