package dev.ssotgardener.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few calls of GitHub's REST API the publisher makes, over {@link HttpClient}: JSON in and out,
 * lists followed through their {@code Link: rel="next"} pages, and every failure one line naming
 * the method, the endpoint and the problem.
 */
final class GitHubApi {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

  private final String base;
  private final String token;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * @param base the API's root, {@code https://api.github.com} or a GitHub Enterprise server's
   *     {@code https://HOST/api/v3}
   */
  GitHubApi(URI base, String token) {
    this.base = base.toString().replaceAll("/+$", "");
    this.token = token;
    // Never follow a redirect: it would carry the token to wherever it points.
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  JsonNode get(String path) throws IOException {
    return send("GET", base + path, null).body();
  }

  JsonNode post(String path, Map<String, ?> body) throws IOException {
    return send("POST", base + path, body).body();
  }

  JsonNode patch(String path, Map<String, ?> body) throws IOException {
    return send("PATCH", base + path, body).body();
  }

  /** Every item of a list, page after page; only pages on this API's own host are followed. */
  List<JsonNode> list(String path) throws IOException {
    List<JsonNode> items = new ArrayList<>();
    Optional<String> next = Optional.of(base + path);
    while (next.isPresent()) {
      Reply reply = send("GET", next.get(), null);
      reply.body().forEach(items::add);
      next = reply.next().filter(url -> url.startsWith(base + "/"));
    }
    return items;
  }

  private record Reply(JsonNode body, Optional<String> next) {}

  private Reply send(String method, String url, Map<String, ?> body) throws IOException {
    String endpoint = method + " " + url;
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(TIMEOUT)
            .header("Accept", "application/vnd.github+json")
            .header("Authorization", "Bearer " + token)
            .header("X-GitHub-Api-Version", "2022-11-28")
            .header("User-Agent", "ssot-gardener");
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
    }
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw new IOException(
          "GitHub " + endpoint + ": no answer within " + TIMEOUT.toSeconds() + "s");
    } catch (ConnectException e) {
      throw new IOException("GitHub " + endpoint + ": cannot connect (" + oneLine(e) + ")");
    } catch (IOException e) {
      throw new IOException("GitHub " + endpoint + ": " + oneLine(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("GitHub " + endpoint + ": interrupted");
    }
    int status = response.statusCode();
    if (status / 100 != 2) {
      throw new IOException("GitHub " + endpoint + ": " + status + " " + problem(response));
    }
    try {
      return new Reply(
          json.readTree(response.body().isEmpty() ? "null" : response.body()),
          response.headers().firstValue("Link").flatMap(GitHubApi::next));
    } catch (IOException e) {
      throw new IOException("GitHub " + endpoint + ": the answer is not JSON (" + oneLine(e) + ")");
    }
  }

  /** GitHub's message and, for a validation failure, what it says of each field. */
  private String problem(HttpResponse<String> response) {
    String message = "";
    List<String> details = new ArrayList<>();
    try {
      JsonNode error = json.readTree(response.body());
      message = error.path("message").asText("");
      for (JsonNode e : error.path("errors")) {
        details.add(
            e.isTextual()
                ? e.asText()
                : e.has("message")
                    ? e.get("message").asText()
                    : String.join(" ", e.path("field").asText(""), e.path("code").asText(""))
                        .strip());
      }
    } catch (IOException e) {
      message = response.body();
    }
    String hint =
        switch (response.statusCode()) {
          case 401 -> "the token was refused: check GITHUB_TOKEN, GH_TOKEN or `gh auth status`";
          case 403 -> "the token may not do this, or a rate limit was hit";
          case 404 -> "not found, or the token cannot see it";
          case 301, 302, 307, 308 ->
              "moved to "
                  + response.headers().firstValue("Location").orElse("?")
                  + ": update the origin remote";
          default -> "";
        };
    StringBuilder out = new StringBuilder(message.isBlank() ? "error" : message);
    if (!details.isEmpty()) {
      out.append(" (").append(String.join("; ", details)).append(')');
    }
    if (!hint.isEmpty()) {
      out.append(": ").append(hint);
    }
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  private static Optional<String> next(String link) {
    Matcher m = NEXT.matcher(link);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static String oneLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replaceAll("\\s+", " ").strip();
  }
}
