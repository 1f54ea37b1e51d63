package dev.ssotgardener.garden;

import dev.ssotgardener.report.MarkdownRenderer;
import dev.ssotgardener.report.ProcessStep;
import dev.ssotgardener.report.TrackedStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link Publisher} mirrors of a tracker: its issue, each finished step's section, and the
 * pull request once step 6 made its commit. Text from the repository's code is in it as the tracker
 * has it; a publisher makes it inert where it renders it.
 *
 * @param issueNumber the issue the run closes, once known ({@code --issue-number} or published)
 * @param issue the tracker's Markdown, as in {@code .ssot/issues/<slug>.md}
 * @param steps the finished steps' sections, in order
 * @param stopped the section of the step the run stopped at, with its reason
 */
public record PublishedTracker(
    String slug,
    String title,
    Optional<Integer> issueNumber,
    String issue,
    List<Section> steps,
    Optional<Section> stopped,
    Optional<PullRequest> pullRequest) {
  public PublishedTracker {
    steps = List.copyOf(steps);
  }

  /** One step's part of the tracker: {@code ### Step 3: Plan Remediation ✅ COMPLETE} and lines. */
  public record Section(int step, String markdown) {}

  /**
   * Step 6's branch and commit, and the PR's title and body ({@code .ssot/issues/<slug>.pr.md}).
   *
   * @param base the upstream on origin of the branch the run began on; empty for the default branch
   */
  public record PullRequest(
      String branch, String commit, String title, String body, Optional<String> base) {}

  static PublishedTracker of(GardenRun run) {
    TrackerState state = run.state;
    List<Section> done = new ArrayList<>();
    Optional<Section> stopped = Optional.empty();
    for (TrackedStep step : run.markdown().steps(state)) {
      Section section = new Section(step.step().ordinal(), MarkdownRenderer.section(step));
      switch (state.status(step.step())) {
        case DONE -> done.add(section);
        case STOPPED -> stopped = Optional.of(section);
        case TODO -> {}
      }
    }
    Optional<PullRequest> pullRequest =
        state.isDone(ProcessStep.PR_AND_CLOSURE)
            ? Optional.of(
                new PullRequest(
                    state.branch,
                    state.commit,
                    run.title.title(),
                    PullRequestText.pullRequest(run.title, run.group, state),
                    Optional.ofNullable(state.base)))
            : Optional.empty();
    return new PublishedTracker(
        state.slug,
        run.title.title(),
        Optional.ofNullable(state.issueNumber),
        run.markdown().issue(run.group, run.title, state),
        done,
        stopped,
        pullRequest);
  }
}
