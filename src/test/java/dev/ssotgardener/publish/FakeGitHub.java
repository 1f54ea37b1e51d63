package dev.ssotgardener.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * GitHub's REST API for one repository, {@code acme/widgets}, as far as the publisher uses it: the
 * nine operations of {@link RestContract}, on a local {@link HttpServer}. Issues and pull requests
 * share their numbers and the issue list includes pull requests, as on GitHub; lists are paged with
 * {@code Link} headers; a pull request needs its head branch in the bare repository that stands for
 * the remote. Every request it receives and every response it sends is checked against the
 * published description; {@link #violations()} lists what did not match.
 */
final class FakeGitHub implements AutoCloseable {
  static final String OWNER = "acme";
  static final String NAME = "widgets";
  private static final String DOCS = "https://docs.github.com/rest";
  private static final Pattern REPO = Pattern.compile("/repos/([^/]+)/([^/]+)(/.*)?");

  /** One request as received. */
  record Request(String method, String path, Map<String, String> query, String body) {}

  private record Reply(int status, String body, Optional<String> link) {}

  private record Fault(String method, Pattern path, int status, String body) {}

  private final ObjectMapper json = new ObjectMapper();
  private final RestContract contract = new RestContract();
  private final HttpServer server;
  private final String token;
  private final Path remote;
  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
  private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
  private final List<Fault> faults = Collections.synchronizedList(new ArrayList<>());
  private final List<ObjectNode> issues = new ArrayList<>();
  private final Map<Integer, List<ObjectNode>> comments = new LinkedHashMap<>();
  private final List<ObjectNode> pulls = new ArrayList<>();
  private int pageSize = 100;
  private long ids = 1000;

  /**
   * @param token the token it accepts
   * @param remote the bare repository the branches are pushed to
   */
  FakeGitHub(String token, Path remote) throws IOException {
    this.token = token;
    this.remote = remote;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The most items a page holds, below GitHub's 100: makes the client follow {@code Link}. */
  void pageSize(int size) {
    pageSize = size;
  }

  /** The next request matching answers {@code status} with GitHub's error body instead. */
  void failNext(String method, String pathRegex, int status, String message) throws IOException {
    ObjectNode error =
        json.createObjectNode().put("message", message).put("documentation_url", DOCS);
    if (status == 422) {
      error
          .putArray("errors")
          .addObject()
          .put("resource", "Issue")
          .put("code", "custom")
          .put("field", "body")
          .put("message", "body is too long");
    }
    faults.add(
        new Fault(method, Pattern.compile(pathRegex), status, json.writeValueAsString(error)));
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The requests that made something: an issue, a comment, a pull request. */
  List<Request> creations() {
    return requests().stream().filter(r -> r.method().equals("POST")).toList();
  }

  List<String> violations() {
    return List.copyOf(violations);
  }

  synchronized List<JsonNode> issues() {
    return issues.stream().filter(i -> !i.has("pull_request")).map(JsonNode.class::cast).toList();
  }

  synchronized List<JsonNode> comments(int issue) {
    return List.copyOf(comments.getOrDefault(issue, List.of()));
  }

  synchronized List<JsonNode> pulls() {
    return List.copyOf(pulls);
  }

  /** An issue someone else opened. */
  synchronized int openIssue(String title, String body) {
    return create(title, body, false).get("number").asInt();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getRawPath();
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    requests.add(new Request(method, path, query, body));
    violations.addAll(contract.request(method, path, query, body.isEmpty() ? null : body));
    if (!"application/vnd.github+json".equals(exchange.getRequestHeaders().getFirst("Accept"))) {
      violations.add(method + " " + path + ": Accept is not application/vnd.github+json");
    }
    Reply reply;
    synchronized (this) {
      reply = answer(exchange, method, path, query, body);
    }
    violations.addAll(contract.response(method, path, reply.status(), reply.body()));
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    reply.link().ifPresent(l -> exchange.getResponseHeaders().set("Link", l));
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(reply.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private Reply answer(
      HttpExchange exchange, String method, String path, Map<String, String> query, String body)
      throws IOException {
    if (!("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      return error(401, "Bad credentials");
    }
    for (Fault f : faults) {
      if (f.method().equals(method) && f.path().matcher(path).matches()) {
        faults.remove(f);
        return new Reply(f.status(), f.body(), Optional.empty());
      }
    }
    Matcher repo = REPO.matcher(path);
    if (!repo.matches() || !repo.group(1).equals(OWNER) || !repo.group(2).equals(NAME)) {
      return error(404, "Not Found");
    }
    String rest = repo.group(3) == null ? "" : repo.group(3);
    JsonNode in = body.isEmpty() ? json.createObjectNode() : json.readTree(body);
    if (in.path("body").asText("").length() > GitHubText.LIMIT) {
      // GitHub counts characters and refuses a longer body of an issue, comment or pull request
      return validation(rest.startsWith("/pulls") ? "PullRequest" : "Issue", "body", "custom");
    }
    Matcher number = Pattern.compile("/issues/(\\d+)(/comments)?").matcher(rest);
    switch (method
        + " "
        + (number.matches() ? number.group(2) == null ? "issue" : "comments" : rest)) {
      case "GET " -> {
        return ok(200, repository());
      }
      case "GET /issues" -> {
        String state = query.getOrDefault("state", "open");
        return page(
            path, query, issues, i -> state.equals("all") || i.get("state").asText().equals(state));
      }
      case "POST /issues" -> {
        if (!in.hasNonNull("title")) {
          return error(422, "Validation Failed");
        }
        return ok(201, create(in.get("title").asText(), in.path("body").asText(null), false));
      }
      case "GET issue", "PATCH issue" -> {
        Optional<ObjectNode> issue = issue(Integer.parseInt(number.group(1)));
        if (issue.isEmpty()) {
          return error(404, "Not Found");
        }
        if (method.equals("PATCH")) {
          in.fields().forEachRemaining(f -> issue.get().set(f.getKey(), f.getValue()));
        }
        return ok(200, issue.get());
      }
      case "GET comments", "POST comments" -> {
        int n = Integer.parseInt(number.group(1));
        if (issue(n).isEmpty()) {
          return error(404, "Not Found");
        }
        List<ObjectNode> said = comments.computeIfAbsent(n, k -> new ArrayList<>());
        if (method.equals("GET")) {
          return page(path, query, said, c -> true);
        }
        ObjectNode comment = json.createObjectNode();
        long id = ++ids;
        comment.put("id", id).put("node_id", "IC_" + id).put("body", in.get("body").asText());
        comment.put(
            "html_url", "https://github.com/acme/widgets/issues/" + n + "#issuecomment-" + id);
        comment.put("issue_url", uri() + "/repos/acme/widgets/issues/" + n);
        comment.put("url", uri() + "/repos/acme/widgets/issues/comments/" + id);
        comment.set("user", user());
        comment.put("created_at", "2026-12-04T22:00:00Z").put("updated_at", "2026-12-04T22:00:00Z");
        said.add(comment);
        issue(n).get().put("comments", said.size());
        return ok(201, comment);
      }
      case "GET /pulls" -> {
        String state = query.getOrDefault("state", "open");
        String head = query.get("head");
        return page(
            path,
            query,
            pulls,
            p ->
                (state.equals("all") || p.get("state").asText().equals(state))
                    && (head == null || p.at("/head/label").asText().equals(head)));
      }
      case "POST /pulls" -> {
        Optional<String> headSha = branch(in.path("head").asText());
        Optional<String> baseSha = branch(in.path("base").asText());
        if (headSha.isEmpty() || baseSha.isEmpty()) {
          return validation("PullRequest", headSha.isEmpty() ? "head" : "base", "invalid");
        }
        ObjectNode issue = create(in.get("title").asText(), in.path("body").asText(null), true);
        int n = issue.get("number").asInt();
        ObjectNode pull = json.createObjectNode();
        pull.put("id", ++ids).put("node_id", "PR_" + ids).put("number", n);
        pull.put("title", issue.get("title").asText()).set("body", issue.get("body"));
        pull.put("state", "open").put("html_url", "https://github.com/acme/widgets/pull/" + n);
        pull.put("url", uri() + "/repos/acme/widgets/pulls/" + n);
        pull.set("head", ref(in.get("head").asText(), headSha.get()));
        pull.set("base", ref(in.get("base").asText(), baseSha.get()));
        pull.set("user", user());
        pull.put("created_at", "2026-12-04T22:00:00Z").put("updated_at", "2026-12-04T22:00:00Z");
        pulls.add(pull);
        return ok(201, pull);
      }
      default -> {
        return error(404, "Not Found");
      }
    }
  }

  private ObjectNode create(String title, String body, boolean pullRequest) {
    int n = issues.size() + 1;
    ObjectNode issue = json.createObjectNode();
    issue.put("id", ++ids).put("node_id", "I_" + ids).put("number", n).put("title", title);
    issue.put("body", body).put("state", "open");
    issue.put(
        "html_url", "https://github.com/acme/widgets/" + (pullRequest ? "pull/" : "issues/") + n);
    issue.put("url", uri() + "/repos/acme/widgets/issues/" + n);
    issue.set("user", user());
    issue.putArray("labels");
    issue.put("comments", 0);
    issue.put("created_at", "2026-12-04T22:00:00Z").put("updated_at", "2026-12-04T22:00:00Z");
    if (pullRequest) {
      ObjectNode links = issue.putObject("pull_request");
      links.put("url", uri() + "/repos/acme/widgets/pulls/" + n);
      links.put("html_url", "https://github.com/acme/widgets/pull/" + n);
      links.put("diff_url", "https://github.com/acme/widgets/pull/" + n + ".diff");
      links.put("patch_url", "https://github.com/acme/widgets/pull/" + n + ".patch");
      links.putNull("merged_at");
    }
    issues.add(issue);
    return issue;
  }

  private Optional<ObjectNode> issue(int number) {
    return issues.stream().filter(i -> i.get("number").asInt() == number).findFirst();
  }

  private ObjectNode repository() {
    ObjectNode repo = json.createObjectNode();
    repo.put("id", 1).put("node_id", "R_1").put("name", NAME).put("full_name", OWNER + "/" + NAME);
    repo.set("owner", json.createObjectNode().put("login", OWNER).put("id", 2));
    repo.put("private", false).put("html_url", "https://github.com/acme/widgets");
    repo.put("default_branch", "main");
    return repo;
  }

  private ObjectNode user() {
    return json.createObjectNode().put("login", "ssot-bot").put("id", 3);
  }

  private ObjectNode ref(String branch, String sha) {
    return json.createObjectNode()
        .put("label", OWNER + ":" + branch)
        .put("ref", branch)
        .put("sha", sha);
  }

  /** The branch's commit in the remote, as GitHub checks a pull request's head and base. */
  private Optional<String> branch(String name) throws IOException {
    try (Repository bare = new FileRepositoryBuilder().setGitDir(remote.toFile()).build()) {
      return Optional.ofNullable(bare.resolve("refs/heads/" + name)).map(ObjectId::getName);
    }
  }

  private Reply page(
      String path, Map<String, String> query, List<ObjectNode> all, Predicate<ObjectNode> keep)
      throws IOException {
    List<ObjectNode> items = all.stream().filter(keep).toList();
    int size = Math.min(pageSize, Integer.parseInt(query.getOrDefault("per_page", "30")));
    int page = Integer.parseInt(query.getOrDefault("page", "1"));
    int from = Math.min(items.size(), (page - 1) * size);
    ArrayNode out = json.createArrayNode();
    items.subList(from, Math.min(items.size(), from + size)).forEach(out::add);
    Optional<String> link = Optional.empty();
    if (from + size < items.size()) {
      Map<String, String> next = new LinkedHashMap<>(query);
      next.put("page", String.valueOf(page + 1));
      next.put("per_page", String.valueOf(size));
      StringBuilder url = new StringBuilder(uri() + path + "?");
      next.forEach((k, v) -> url.append(k).append('=').append(v).append('&'));
      link = Optional.of("<" + url.substring(0, url.length() - 1) + ">; rel=\"next\"");
    }
    return new Reply(200, json.writeValueAsString(out), link);
  }

  private Reply ok(int status, JsonNode body) throws IOException {
    return new Reply(status, json.writeValueAsString(body), Optional.empty());
  }

  private Reply error(int status, String message) throws IOException {
    if (status == 422) {
      return validation("Issue", "title", "missing_field");
    }
    ObjectNode error =
        json.createObjectNode().put("message", message).put("documentation_url", DOCS);
    return ok(status, error);
  }

  private Reply validation(String resource, String field, String code) throws IOException {
    ObjectNode error = json.createObjectNode().put("message", "Validation Failed");
    error
        .putArray("errors")
        .addObject()
        .put("resource", resource)
        .put("field", field)
        .put("code", code);
    error.put("documentation_url", DOCS);
    return ok(422, error);
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> query = new LinkedHashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        query.put(
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return query;
  }
}
