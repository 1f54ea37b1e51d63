package dev.ssotgardener.garden;

import dev.ssotgardener.policy.kinds.Words;
import dev.ssotgardener.report.ProcessStep;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

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
    GardenJournal journal = new GardenJournal(run);
    Optional<String> made = Optional.empty();
    Optional<InterruptedCommit.Intent> intent = journal.commitIntent();
    if (intent.isPresent()) {
      made = run.git.get().recoverCommit(intent.get());
    }
    if (made.isEmpty()) {
      if (run.git.get().branchExists(run.branch())) {
        state.stopped(id(), SourceControl.branchExistsMessage(run.branch()));
        return false;
      }
      List<String> paths =
          state.kept.stream().map(TrackerState.KeptChange::path).distinct().toList();
      Optional<String> refused = CommitRefusal.reason(journal, paths);
      if (refused.isPresent()) {
        state.stopped(id(), refused.get());
        return false;
      }
      String message = PullRequestText.commitMessage(run.title, state);
      intent = Optional.of(run.git.get().commitIntent(run.branch(), message));
      journal.beginCommit(intent.get());
      made = Optional.of(run.git.get().commitOnNewBranch(run.branch(), paths, message));
    }
    state.commit = made.get();
    state.branch = run.branch();
    state.base = run.git.get().upstreamOnOrigin(intent.get().headRef()).orElse(null);
    run.files()
        .savePullRequest(state.slug, PullRequestText.pullRequest(run.title, run.group, state));
    state.done(id());
    run.save();
    journal.clear(); // committed and recorded: the tree holds no change of this run any more
    run.say("step 6 PR: branch " + state.branch + ", commit " + Words.shortId(state.commit));
    return true;
  }

  @Override
  public void describe(GardenRun run) {
    run.say("step 6 would commit the kept changes on a new branch " + run.branch());
  }
}
