package dev.ssotgardener.garden;

import dev.ssotgardener.report.ProcessStep;
import java.io.IOException;
import java.util.Optional;

/** The garden's side of {@code --publish}: hands the saved tracker to a {@link Publisher}. */
final class TrackerPublishing {
  private final Optional<Publisher> publisher;

  TrackerPublishing(Optional<Publisher> publisher) {
    this.publisher = publisher;
  }

  /**
   * Mirrors the saved tracker; the issue it names becomes the one the commit closes. A failure
   * stops the run between two steps, with the tracker saved: a rerun resumes and publishes.
   */
  void publish(GardenRun run) throws IOException, GardenException {
    if (publisher.isEmpty() || !run.state.isDone(ProcessStep.DISCOVERY)) {
      return;
    }
    int issue;
    try {
      issue = publisher.get().publish(PublishedTracker.of(run));
    } catch (IOException e) {
      throw new GardenException(
          e.getMessage() + "; the tracker is saved: run ssot garden again to resume and publish");
    }
    if (run.state.issueNumber == null) {
      run.state.issueNumber = issue;
      run.save();
    }
  }
}
