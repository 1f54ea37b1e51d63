package dev.ssotgardener.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ssotgardener.audit.AuditProgress;
import dev.ssotgardener.audit.FactsCache;
import dev.ssotgardener.garden.GardenException;
import dev.ssotgardener.garden.GardenOptions;
import dev.ssotgardener.garden.GardenOutcome;
import dev.ssotgardener.garden.Gardener;
import dev.ssotgardener.garden.PublishedTracker;
import dev.ssotgardener.policy.PolicyLoader;
import dev.ssotgardener.workspace.WalkOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publish contract: a real garden run of the bundled example, published to {@link FakeGitHub}
 * (GitHub's REST operations as described, every request and response checked against the
 * description) and pushed to a real bare repository.
 */
class GitHubPublisherTest {
  private static final String TOKEN = "test-token";
  private static final String SLUG = RemoteRepository.SLUG;
  private static final int STEPS = 7;

  @TempDir Path dir;
  private RemoteRepository repo;
  private FakeGitHub github;
  private final List<String> progress = new ArrayList<>();

  @BeforeEach
  void remote() throws Exception {
    repo = RemoteRepository.create(dir);
    github = new FakeGitHub(TOKEN, repo.bare);
  }

  @AfterEach
  void stop() {
    github.close();
  }

  @Test
  void aRunOpensOneIssueCommentsEachStepAndOpensOnePullRequestThatFixesIt() throws Exception {
    GardenOutcome outcome = garden(GardenOptions.LAST_STEP);

    assertThat(outcome.complete()).as(String.join("\n", progress)).isTrue();
    assertThat(github.violations()).isEmpty();
    assertThat(github.issues()).hasSize(1);
    JsonNode issue = github.issues().get(0);
    int number = issue.get("number").asInt();
    assertThat(issue.get("title").asText())
        .isEqualTo("SSOT Regression - Execution Engine Migration Validation Test Merge Conflict");
    assertThat(issue.get("body").asText())
        .startsWith("<!-- ssot-issue: " + SLUG + " -->\n# SSOT Regression")
        .contains("### Step 6: PR and Closure ✅ COMPLETE")
        .contains("the commit says `Fixes #" + number + "`");
    List<JsonNode> comments = github.comments(number);
    assertThat(comments).hasSize(STEPS);
    for (int step = 0; step < STEPS; step++) {
      assertThat(comments.get(step).get("body").asText())
          .startsWith("### Step " + step + ": ")
          .endsWith("<!-- ssot-garden: " + SLUG + " step " + step + " -->\n");
    }
    assertThat(github.pulls()).hasSize(1);
    JsonNode pull = github.pulls().get(0);
    assertThat(comments.get(6).get("body").asText())
        .contains("Pull request: #" + pull.get("number").asInt());
    assertThat(pull.at("/head/ref").asText()).isEqualTo("ssot/" + SLUG);
    assertThat(pull.at("/base/ref").asText()).isEqualTo("main");
    assertThat(pull.get("body").asText()).contains("\nFixes #" + number + "\n");
    String head = RemoteRepository.git(repo.work, "rev-parse", "HEAD").strip();
    assertThat(repo.remoteBranch("ssot/" + SLUG)).isEqualTo(head);
    assertThat(RemoteRepository.git(repo.work, "log", "-1", "--format=%B"))
        .contains("Fixes #" + number);

    int made = github.creations().size();
    progress.clear();
    GardenOutcome again = resume();

    assertThat(again.message()).startsWith("already done");
    // the body may be brought up to date; nothing is made again
    assertThat(github.creations()).hasSize(made);
    assertThat(github.violations()).isEmpty();
  }

  @Test
  void aRerunAfterAKillFindsTheIssueAndItsCommentsByTheirMarkers() throws Exception {
    int someoneElses = github.openIssue("Flaky test", "not ours");
    garden(2);
    assertThat(github.issues()).hasSize(2);
    int number = github.issues().get(1).get("number").asInt();
    assertThat(github.comments(number)).hasSize(3);
    // killed after the issue was made, before the tracker recorded its number
    Path state = repo.work.resolve(".ssot/issues/" + SLUG + ".json");
    Files.writeString(
        state,
        Files.readString(state).replace("\"issueNumber\" : " + number, "\"issueNumber\" : null"));
    github.pageSize(1); // the issue and its comments are found on later pages

    GardenOutcome outcome = garden(GardenOptions.LAST_STEP);

    assertThat(outcome.complete()).as(String.join("\n", progress)).isTrue();
    assertThat(github.issues()).hasSize(2);
    assertThat(github.comments(someoneElses)).isEmpty();
    assertThat(github.comments(number)).hasSize(STEPS);
    assertThat(github.pulls()).hasSize(1);
    assertThat(github.pulls().get(0).get("body").asText()).contains("Fixes #" + number);
    assertThat(github.violations()).isEmpty();
  }

  @Test
  void aFailureStopsBetweenStepsWithTheTrackerSavedAndTheRerunPublishesTheRest() throws Exception {
    github.failNext("PATCH", "/repos/acme/widgets/issues/\\d+", 503, "Service Unavailable");

    assertThatThrownBy(() -> garden(GardenOptions.LAST_STEP))
        .isInstanceOf(GardenException.class)
        .hasMessageMatching(
            "GitHub PATCH http://127\\.0\\.0\\.1:\\d+/repos/acme/widgets/issues/1: 503 Service"
                + " Unavailable; the tracker is saved: run ssot garden again to resume and"
                + " publish");
    String tracker = Files.readString(repo.work.resolve(".ssot/issues/" + SLUG + ".md"));
    assertThat(tracker).contains("### Step 1: Discover and Plan Test ✅ COMPLETE");
    assertThat(RemoteRepository.git(repo.work, "status", "--porcelain")).isEmpty();

    github.failNext("POST", "/repos/acme/widgets/pulls", 422, "Validation Failed");
    assertThatThrownBy(() -> garden(GardenOptions.LAST_STEP))
        .hasMessageMatching(
            "GitHub POST http://127\\.0\\.0\\.1:\\d+/repos/acme/widgets/pulls: 422 Validation"
                + " Failed \\(body is too long\\);.*");
    assertThat(github.pulls()).isEmpty();

    GardenOutcome outcome = resume();

    assertThat(outcome.message()).startsWith("already done");
    assertThat(github.issues()).hasSize(1);
    assertThat(github.comments(1)).hasSize(STEPS);
    assertThat(github.pulls()).hasSize(1);
    assertThat(github.violations()).isEmpty();
  }

  @Test
  void thePullRequestOfARunBegunOnABranchWithAnUpstreamGoesToThatBranch() throws Exception {
    RemoteRepository.git(repo.work, "checkout", "-q", "-b", "release/2.x");
    RemoteRepository.git(repo.work, "push", "-q", "-u", "origin", "release/2.x");

    GardenOutcome outcome = garden(GardenOptions.LAST_STEP);

    assertThat(outcome.complete()).as(String.join("\n", progress)).isTrue();
    assertThat(github.violations()).isEmpty();
    assertThat(github.pulls()).hasSize(1);
    assertThat(github.pulls().get(0).at("/base/ref").asText()).isEqualTo("release/2.x");
  }

  @Test
  void aTrackerLongerThanGitHubTakesIsPublishedCutWithItsMarkers() throws Exception {
    GitHubPublisher publisher =
        GitHubPublisher.connect(
            repo.work, github.uri(), Map.of("GITHUB_TOKEN", TOKEN), host -> Optional.empty());
    String findings =
        IntStream.range(0, 4_000)
            .mapToObj(i -> "- [ ] `tests/test_" + i + ".py` imports unittest.mock")
            .collect(Collectors.joining("\n", "", "\n"));
    PublishedTracker tracker =
        new PublishedTracker(
            SLUG,
            "SSOT Regression - Mock Factory",
            Optional.empty(),
            "# SSOT Regression\n" + findings,
            List.of(new PublishedTracker.Section(0, "### Step 0: Discovery\n" + findings)),
            Optional.empty(),
            Optional.empty());

    int number = publisher.publish(tracker);

    assertThat(github.violations()).isEmpty();
    String body = github.issues().get(0).get("body").asText();
    assertThat(body.length()).isLessThanOrEqualTo(GitHubText.LIMIT);
    assertThat(body).startsWith("<!-- ssot-issue: " + SLUG + " -->\n# SSOT Regression");
    assertThat(body).contains(" more lines: the whole text is `.ssot/issues/" + SLUG + ".md`");
    String comment = github.comments(number).get(0).get("body").asText();
    assertThat(comment.length()).isLessThanOrEqualTo(GitHubText.LIMIT);
    assertThat(comment).endsWith("<!-- ssot-garden: " + SLUG + " step 0 -->\n");
  }

  @Test
  void anIssueNamedByNumberGetsCommentsButKeepsItsOwnWords() throws Exception {
    int number = github.openIssue("Execution engine test is broken", "Reported by a person.");

    garden(1, Optional.of(number));

    assertThat(github.issues()).hasSize(1);
    assertThat(github.issues().get(0).get("body").asText()).isEqualTo("Reported by a person.");
    assertThat(github.comments(number)).hasSize(2);
  }

  @Test
  void errorsAreOneLineNamingTheEndpointAndTheProblem() throws Exception {
    String api = "GitHub GET " + github.uri() + "/repos/acme/widgets: ";
    assertThat(connectError(Map.of("GITHUB_TOKEN", "wrong")))
        .isEqualTo(
            api
                + "401 Bad credentials: the token was refused: check GITHUB_TOKEN, GH_TOKEN or"
                + " `gh auth status`");
    RemoteRepository.git(repo.work, "remote", "set-url", "origin", "git@github.com:acme/gone.git");
    assertThat(connectError(Map.of("GH_TOKEN", TOKEN)))
        .isEqualTo(
            "GitHub GET "
                + github.uri()
                + "/repos/acme/gone: 404 Not Found: not found, or the token cannot see it");
    assertThat(connectError(Map.of()))
        .isEqualTo(
            "no GitHub token for 127.0.0.1: set GH_ENTERPRISE_TOKEN or GITHUB_ENTERPRISE_TOKEN or"
                + " GITHUB_TOKEN or GH_TOKEN, or log in with gh auth login");
    github.close();
    assertThat(connectError(Map.of("GITHUB_TOKEN", TOKEN)))
        .startsWith("GitHub GET " + github.uri() + "/repos/acme/gone: cannot connect (");
  }

  private String connectError(Map<String, String> env) {
    try {
      GitHubPublisher.connect(repo.work, github.uri(), env, host -> Optional.empty());
    } catch (IOException e) {
      assertThat(e.getMessage()).doesNotContain("\n");
      return e.getMessage();
    }
    throw new AssertionError("connected");
  }

  private GardenOutcome garden(int until) throws Exception {
    return garden(until, Optional.empty(), Optional.empty());
  }

  private GardenOutcome garden(int until, Optional<Integer> issueNumber) throws Exception {
    return garden(until, issueNumber, Optional.empty());
  }

  /** The same issue again: a done run would otherwise take up the next most urgent one. */
  private GardenOutcome resume() throws Exception {
    return garden(GardenOptions.LAST_STEP, Optional.empty(), Optional.of(SLUG));
  }

  private GardenOutcome garden(int until, Optional<Integer> issueNumber, Optional<String> slug)
      throws Exception {
    GitHubPublisher publisher =
        GitHubPublisher.connect(
            repo.work, github.uri(), Map.of("GITHUB_TOKEN", TOKEN), host -> Optional.empty());
    GardenOptions d = GardenOptions.defaults(LocalDate.of(2025, 9, 14));
    GardenOptions options =
        new GardenOptions(
            d.groupBy(),
            slug,
            d.testCommand(),
            Duration.ofMinutes(2),
            d.maxCycles(),
            d.recentDays(),
            issueNumber,
            false,
            false,
            until,
            d.today(),
            d.compileCommand(),
            d.classpath());
    return new Gardener(
            new PolicyLoader().loadFromRoot(repo.work).orElseThrow(),
            WalkOptions.defaults(),
            "test",
            FactsCache.none(),
            Optional.of(publisher))
        .run(repo.work, options, progress::add, AuditProgress.none());
  }
}
