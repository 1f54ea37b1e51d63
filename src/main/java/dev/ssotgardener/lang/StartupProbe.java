package dev.ssotgardener.lang;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;

/**
 * A language's check, after a change, that the changed files still load where no test may cover
 * them: Python imports the changed modules, Java compiles the changed sources.
 */
public interface StartupProbe {
  /**
   * What the probe did.
   *
   * @param checked whether any changed file was this language's to check
   * @param ok no problem the change can be blamed for (also when nothing was checked)
   * @param summary one line for the tracker
   */
  record Result(boolean checked, boolean ok, String summary) {}

  /** Runs a shell command in the repository, as the project's tests are run. */
  @FunctionalInterface
  interface Commands {
    Ran run(String command, Path root) throws IOException, InterruptedException;
  }

  /**
   * A command's outcome.
   *
   * @param lastLine its last line of output, or why there is none ({@code timed out}, {@code exit
   *     1})
   */
  record Ran(boolean passed, String lastLine) {}

  /** Checks the changed files among {@code changedPaths} (repository-relative). */
  Result check(Path root, Collection<String> changedPaths) throws IOException, InterruptedException;
}
