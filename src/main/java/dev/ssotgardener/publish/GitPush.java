package dev.ssotgardener.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Pushes step 6's branch to {@code origin} with the {@code git} command, so the user's own way of
 * reaching the remote (ssh keys, credential helpers, {@code url.<base>.insteadOf}) applies. An
 * https origin on the API's own host gets the token as an HTTP header through the environment
 * ({@code GIT_CONFIG_*}), never on the command line, and no hook runs while it is there.
 */
final class GitPush {
  private static final long TIMEOUT_MINUTES = 5;

  private GitPush() {}

  static void push(Path root, String branch, GitHubRemote origin, String apiHost, String token)
      throws IOException {
    String ref = "refs/heads/" + branch;
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    "git",
                    "-c",
                    "core.hooksPath=/dev/null",
                    "push",
                    "--porcelain",
                    "origin",
                    ref + ":" + ref))
            .directory(root.toFile())
            .redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.put("GIT_TERMINAL_PROMPT", "0");
    if ("https".equals(origin.scheme()) && origin.host().equalsIgnoreCase(apiHost)) {
      String basic =
          Base64.getEncoder()
              .encodeToString(("x-access-token:" + token).getBytes(StandardCharsets.UTF_8));
      env.put("GIT_CONFIG_COUNT", "1");
      env.put("GIT_CONFIG_KEY_0", "http.https://" + origin.host() + "/.extraheader");
      env.put("GIT_CONFIG_VALUE_0", "AUTHORIZATION: basic " + basic);
    }
    Path log = Files.createTempFile("ssot-git-push-", ".log");
    try {
      builder.redirectOutput(log.toFile());
      Process git;
      try {
        git = builder.start();
      } catch (IOException e) {
        throw new IOException(
            "git push origin " + branch + ": cannot run git (" + e.getMessage() + ")");
      }
      git.getOutputStream().close();
      boolean finished = git.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
      if (!finished) {
        git.destroyForcibly();
        throw new IOException(
            "git push origin " + branch + ": no answer within " + TIMEOUT_MINUTES + " minutes");
      }
      if (git.exitValue() != 0) {
        throw new IOException(
            "git push origin " + branch + " failed: " + reason(Files.readAllLines(log)));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("git push origin " + branch + ": interrupted");
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** git's own words: the rejected ref's reason, else its last error line. */
  private static String reason(List<String> output) {
    for (String line : output) {
      if (line.startsWith("!")) {
        return line.replaceAll("\\s+", " ").strip();
      }
    }
    for (int i = output.size() - 1; i >= 0; i--) {
      String line = output.get(i).strip();
      if (!line.isEmpty() && !line.equals("Done")) {
        return line.replaceAll("\\s+", " ");
      }
    }
    return "exit code without a message";
  }
}
