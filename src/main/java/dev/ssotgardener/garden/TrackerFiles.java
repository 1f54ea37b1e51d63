package dev.ssotgardener.garden;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ssotgardener.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The tracker files of a repository under {@code .ssot/issues/}: {@code <slug>.json} (state),
 * {@code <slug>.md} (the issue) and {@code <slug>.pr.md} (the PR body), each written through a
 * temporary file and an atomic rename. {@code .ssot/} ignores itself, so audits and git leave it
 * alone.
 */
final class TrackerFiles {
  private final Path root;
  private final ObjectMapper json =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  TrackerFiles(Path root) {
    this.root = root;
  }

  Path markdown(String slug) {
    return folder().resolve(slug + ".md");
  }

  Path pullRequest(String slug) {
    return folder().resolve(slug + ".pr.md");
  }

  private Path state(String slug) {
    return folder().resolve(slug + ".json");
  }

  private Path folder() {
    return root.resolve(GitWorkTree.TRACKER_FOLDER).resolve("issues");
  }

  Optional<TrackerState> load(String slug) throws IOException {
    Path file = state(slug);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(json.readValue(file.toFile(), TrackerState.class));
    } catch (IOException e) {
      throw new IOException(file + ": not a tracker state file (" + e.getMessage() + ")", e);
    }
  }

  /** Both tracker files: the state first, so a crash between them leaves the state ahead. */
  void save(TrackerState state, String issueMarkdown) throws IOException {
    write(state(state.slug), json.writeValueAsString(state) + "\n");
    write(markdown(state.slug), issueMarkdown);
  }

  void savePullRequest(String slug, String body) throws IOException {
    write(pullRequest(slug), body);
  }

  private void write(Path file, String text) throws IOException {
    // Trackers stay out of git and audits; the rest of .ssot/ (a committed baseline) does not.
    Path ignore = file.getParent().resolve(".gitignore");
    if (!Files.exists(ignore)) {
      AtomicFiles.write(
          ignore,
          "# written by ssot garden: tracker files stay out of git\n*\n"
              .getBytes(StandardCharsets.UTF_8));
    }
    AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
  }
}
