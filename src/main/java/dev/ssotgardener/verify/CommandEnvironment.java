package dev.ssotgardener.verify;

import java.util.List;
import java.util.Map;

/**
 * What the project's own commands (its tests, its compile command) see of ssot's environment:
 * everything but the tokens that publish ssot's work. Those commands come from the repository, and
 * a pull request can change them; the token stays with ssot.
 */
public final class CommandEnvironment {
  /**
   * The variables a GitHub token is read from, by {@code ssot garden --publish github} and by
   * {@code gh}: github.com's and GitHub Enterprise's.
   */
  public static final List<String> TOKEN_VARIABLES =
      List.of("GITHUB_TOKEN", "GH_TOKEN", "GH_ENTERPRISE_TOKEN", "GITHUB_ENTERPRISE_TOKEN");

  private CommandEnvironment() {}

  /** Removes the token variables from a command's environment, in place. */
  public static void withholdTokens(Map<String, String> environment) {
    TOKEN_VARIABLES.forEach(environment::remove);
  }
}
