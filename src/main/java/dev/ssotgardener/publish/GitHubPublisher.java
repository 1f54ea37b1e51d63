package dev.ssotgardener.publish;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ssotgardener.garden.PublishedTracker;
import dev.ssotgardener.garden.Publisher;
import dev.ssotgardener.report.ProcessStep;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The garden's tracker on GitHub, as the seed's process keeps it: an issue whose body is the
 * tracker, a comment when each step completes, and at the end the branch pushed and a pull request
 * with the PR text and {@code Fixes #N}. Everything it writes carries a marker ({@code <!--
 * ssot-issue: SLUG -->}, {@code <!-- ssot-garden: SLUG step 3 -->}), and it looks for the marker
 * before it writes, so a rerun after a kill finds what the killed run made instead of making it
 * again. Bodies are made {@link InertMarkdown inert} first, and {@link GitHubText cut} to GitHub's
 * limit.
 */
public final class GitHubPublisher implements Publisher {
  private static final Pattern SAID = Pattern.compile("<!-- ssot-garden: (\\S+) ([^>]*?) -->");

  private final GitHubApi api;
  private final GitHubRemote origin;
  private final String defaultBranch;
  private final Path root;
  private final String gitHost;
  private final String token;
  private Issue issue;
  private Set<String> said;

  private record Issue(int number, Optional<String> body) {}

  private GitHubPublisher(
      GitHubApi api,
      GitHubRemote origin,
      String defaultBranch,
      Path root,
      String gitHost,
      String token) {
    this.api = api;
    this.origin = origin;
    this.defaultBranch = defaultBranch;
    this.root = root;
    this.gitHost = gitHost;
    this.token = token;
  }

  /**
   * A publisher for the repository at {@code root}, its {@code origin} remote on GitHub; checks the
   * token and the repository before the garden starts, so a wrong one fails before any work.
   *
   * @param apiUrl {@code https://api.github.com}, or a GitHub Enterprise server's {@code
   *     https://HOST/api/v3}
   * @param environment where the token is looked for ({@link TokenSource})
   */
  public static GitHubPublisher connect(Path root, URI apiUrl, Map<String, String> environment)
      throws IOException {
    return connect(root, apiUrl, environment, TokenSource::ghAuthToken);
  }

  static GitHubPublisher connect(
      Path root, URI apiUrl, Map<String, String> environment, TokenSource.Gh gh)
      throws IOException {
    if (!List.of("https", "http").contains(String.valueOf(apiUrl.getScheme()))
        || apiUrl.getHost() == null) {
      throw new IOException("--api-url '" + apiUrl + "' is not an http(s) URL");
    }
    GitHubRemote origin = GitHubRemote.origin(root);
    TokenSource.Token token = TokenSource.resolve(apiUrl, environment, gh);
    GitHubApi api = new GitHubApi(apiUrl, token.value());
    JsonNode repository = api.get(repoPath(origin));
    return new GitHubPublisher(
        api,
        origin,
        repository.path("default_branch").asText("main"),
        root,
        TokenSource.gitHost(apiUrl),
        token.value());
  }

  /** {@code owner/name} on GitHub. */
  public String repository() {
    return origin.fullName();
  }

  @Override
  public int publish(PublishedTracker tracker) throws IOException {
    Issue current = issue(tracker);
    String body =
        GitHubText.fit(
            issueMarker(tracker.slug()) + "\n",
            inert(tracker.issue(), current.number()),
            "",
            whole(tracker));
    if (current.body().isPresent() && !current.body().get().equals(body)) {
      api.patch(issuePath(current.number()), Map.of("body", body));
      issue = new Issue(current.number(), Optional.of(body));
    }
    int last = ProcessStep.PR_AND_CLOSURE.ordinal();
    for (PublishedTracker.Section step : tracker.steps()) {
      if (step.step() != last) {
        say(tracker, "step " + step.step(), step.markdown(), "");
      }
    }
    if (tracker.stopped().isPresent()) {
      PublishedTracker.Section stop = tracker.stopped().get();
      say(tracker, "stopped " + stop.step() + " " + digest(stop.markdown()), stop.markdown(), "");
    }
    if (tracker.pullRequest().isPresent()) {
      // step 6's comment comes last and names the pull request it opened
      JsonNode pull = pullRequest(tracker, tracker.pullRequest().get(), current.number());
      for (PublishedTracker.Section step : tracker.steps()) {
        if (step.step() == last) {
          say(
              tracker,
              "step " + last,
              step.markdown(),
              "\nPull request: #" + pull.path("number").asInt() + "\n");
        }
      }
    }
    return current.number();
  }

  /** The tracker's issue: the one it names, else an open one with its marker, else a new one. */
  private Issue issue(PublishedTracker tracker) throws IOException {
    if (issue != null) {
      return issue;
    }
    Pattern marker =
        Pattern.compile(
            "<!-- ssot-issue(?: \\d+ of \\d+)?: " + Pattern.quote(tracker.slug()) + " -->");
    if (tracker.issueNumber().isPresent()) {
      JsonNode named = api.get(issuePath(tracker.issueNumber().get()));
      String body = named.path("body").asText("");
      // an issue someone else wrote keeps its words: only comments are added to it
      issue =
          new Issue(
              tracker.issueNumber().get(),
              marker.matcher(body).find() ? Optional.of(body) : Optional.empty());
      return issue;
    }
    for (JsonNode open : api.list(repoPath(origin) + "/issues?state=open&per_page=100")) {
      String body = open.path("body").asText("");
      if (!open.has("pull_request") && marker.matcher(body).find()) {
        issue = new Issue(open.path("number").asInt(), Optional.of(body));
        return issue;
      }
    }
    String body =
        GitHubText.fit(
            issueMarker(tracker.slug()) + "\n",
            InertMarkdown.of(tracker.issue(), Set.of()),
            "",
            whole(tracker));
    JsonNode created =
        api.post(repoPath(origin) + "/issues", Map.of("title", tracker.title(), "body", body));
    issue = new Issue(created.path("number").asInt(), Optional.of(body));
    return issue;
  }

  /** Comments once per key: the key's marker found on the issue means it was said. */
  private void say(PublishedTracker tracker, String key, String markdown, String trailer)
      throws IOException {
    if (said == null) {
      said = new HashSet<>();
      for (JsonNode comment : api.list(issuePath(issue.number()) + "/comments?per_page=100")) {
        Matcher m = SAID.matcher(comment.path("body").asText(""));
        while (m.find()) {
          if (m.group(1).equals(tracker.slug())) {
            said.add(m.group(2));
          }
        }
      }
    }
    if (said.contains(key)) {
      return;
    }
    String body =
        GitHubText.fit(
            "",
            inert(markdown, issue.number()),
            trailer + "\n<!-- ssot-garden: " + tracker.slug() + " " + key + " -->\n",
            whole(tracker));
    api.post(issuePath(issue.number()) + "/comments", Map.of("body", body));
    said.add(key);
  }

  /** Pushes the branch, then finds its pull request (any state) or opens one. */
  private JsonNode pullRequest(
      PublishedTracker tracker, PublishedTracker.PullRequest pr, int number) throws IOException {
    GitPush.push(root, pr.branch(), origin, gitHost, token);
    String head = URLEncoder.encode(origin.owner() + ":" + pr.branch(), StandardCharsets.UTF_8);
    List<JsonNode> existing =
        api.list(repoPath(origin) + "/pulls?state=all&head=" + head + "&per_page=100");
    if (!existing.isEmpty()) {
      return existing.get(0);
    }
    String fixes = "Fixes #" + number;
    String text = inert(pr.body(), number);
    String marker = "\n<!-- ssot-pr: " + tracker.slug() + " -->\n";
    String body = GitHubText.fit("", text, marker, whole(tracker));
    if (!body.lines().anyMatch(fixes::equals)) {
      // not written, or cut: the closing line must reach GitHub
      body = GitHubText.fit("", text, "\n" + fixes + "\n" + marker, whole(tracker));
    }
    return api.post(
        repoPath(origin) + "/pulls",
        Map.of(
            "title",
            pr.title(),
            "head",
            pr.branch(),
            "base",
            pr.base().orElse(defaultBranch),
            "body",
            body));
  }

  /** Inert Markdown that keeps the garden's own closing line for this issue. */
  private static String inert(String markdown, int number) {
    return InertMarkdown.of(markdown, Set.of("Fixes #" + number));
  }

  /** Where a cut body's whole text is. */
  private static String whole(PublishedTracker tracker) {
    return "the whole text is `.ssot/issues/" + tracker.slug() + ".md` where `ssot garden` ran";
  }

  private static String issueMarker(String slug) {
    return "<!-- ssot-issue: " + slug + " -->";
  }

  private String issuePath(int number) {
    return repoPath(origin) + "/issues/" + number;
  }

  private static String repoPath(GitHubRemote origin) {
    return "/repos/" + origin.owner() + "/" + origin.name();
  }

  private static String digest(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
