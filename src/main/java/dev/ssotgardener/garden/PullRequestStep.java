package dev.ssotgardener.garden;

import dev.ssotgardener.report.ProcessStep;
import java.io.IOException;
import java.util.List;

/** Step 6: a new branch with one commit of the kept changes, and the PR body beside the tracker. */
final class PullRequestStep implements GardenStep {
  @Override
  public ProcessStep id() {
    return ProcessStep.PR_AND_CLOSURE;
  }

  @Override
  public boolean run(GardenRun run) throws IOException {
    TrackerState state = run.state;
    if (state.kept.isEmpty()) {
      state.stopped(id(), "nothing to commit: no change survived the tests");
      return false;
    }
    if (run.git.isEmpty()) {
      state.stopped(
          id(),
          "not a git repository: no branch or commit made; the kept changes are in the work tree");
      return false;
    }
    if (run.git.get().branchExists(run.branch())) {
      state.stopped(id(), GitWorkTree.branchExistsMessage(run.branch()));
      return false;
    }
    List<String> paths = state.kept.stream().map(TrackerState.KeptChange::path).distinct().toList();
    state.commit =
        run.git
            .get()
            .commitOnNewBranch(
                run.branch(), paths, TrackerMarkdown.commitMessage(run.title, state));
    state.branch = run.branch();
    state.done(id());
    run.files()
        .savePullRequest(state.slug, TrackerMarkdown.pullRequest(run.title, run.group, state));
    run.say(
        "step 6 PR: branch " + state.branch + ", commit " + TrackerMarkdown.shortId(state.commit));
    return true;
  }

  @Override
  public void describe(GardenRun run) {
    run.say("step 6 would commit the kept changes on a new branch " + run.branch());
  }
}
