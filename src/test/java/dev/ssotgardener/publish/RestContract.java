package dev.ssotgardener.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The operations of GitHub's REST description the publisher may call ({@code
 * github/rest-api-excerpt.json}, see {@code github/SCHEMAS.md}): which exist, which query
 * parameters each takes, and the shape of each request and response body, checked with a JSON
 * Schema validator.
 */
final class RestContract {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private final JsonNode operations;

  RestContract() {
    try (InputStream in = RestContract.class.getResourceAsStream("/github/rest-api-excerpt.json")) {
      operations = JSON.readTree(in).get("operations");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The operation for a method and a concrete path ({@code /repos/acme/widgets/issues/3}). */
  Optional<JsonNode> operation(String method, String path) {
    for (JsonNode op : operations) {
      String template = op.get("path").asText().replaceAll("\\{[^}]+}", "[^/]+");
      if (op.get("method").asText().equals(method) && Pattern.matches(template, path)) {
        return Optional.of(op);
      }
    }
    return Optional.empty();
  }

  /** What is wrong with a request: unknown operation, query parameter or body field. */
  List<String> request(String method, String path, Map<String, String> query, String body) {
    List<String> problems = new ArrayList<>();
    Optional<JsonNode> op = operation(method, path);
    if (op.isEmpty()) {
      return List.of(method + " " + path + ": no such operation in the description");
    }
    String id = op.get().get("operationId").asText();
    for (Map.Entry<String, String> q : query.entrySet()) {
      JsonNode schema = op.get().get("query").get(q.getKey());
      if (schema == null) {
        problems.add(id + ": unknown query parameter " + q.getKey());
      } else {
        problems.addAll(errors(id + " ?" + q.getKey(), schema, queryValue(schema, q.getValue())));
      }
    }
    JsonNode bodySchema = op.get().get("requestBody");
    if (bodySchema != null) {
      problems.addAll(errors(id + " request", bodySchema, body));
    } else if (body != null && !body.isEmpty()) {
      problems.add(id + ": takes no request body");
    }
    return problems;
  }

  /** What is wrong with a response: a status the operation does not answer, or its shape. */
  List<String> response(String method, String path, int status, String body) {
    Optional<JsonNode> op = operation(method, path);
    if (op.isEmpty()) {
      return List.of(); // the fake's 404 for a path that is no operation
    }
    String id = op.get().get("operationId").asText();
    JsonNode schema = op.get().get("responses").get(String.valueOf(status));
    if (schema == null) {
      return List.of(id + ": answers no " + status);
    }
    return errors(id + " " + status, schema, body);
  }

  private static String queryValue(JsonNode schema, String value) {
    try {
      return schema.path("type").asText().equals("integer")
          ? String.valueOf(Long.parseLong(value))
          : JSON.writeValueAsString(value);
    } catch (NumberFormatException | IOException e) {
      return "\"" + value + "\"";
    }
  }

  private static List<String> errors(String where, JsonNode schemaNode, String document) {
    Schema schema = SCHEMAS.getSchema(schemaNode.toString());
    return schema.validate(document, InputFormat.JSON).stream()
        .map(e -> where + ": " + e.getMessage())
        .toList();
  }
}
