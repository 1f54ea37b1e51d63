package dev.ssotgardener.publish;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Where the token comes from, as {@code gh} looks for it: {@code GITHUB_TOKEN}, then {@code
 * GH_TOKEN} (on a GitHub Enterprise server {@code GH_ENTERPRISE_TOKEN} and {@code
 * GITHUB_ENTERPRISE_TOKEN} first), else {@code gh auth token} for the API's host when {@code gh} is
 * installed. The project's commands never see these variables ({@link
 * dev.ssotgardener.verify.CommandEnvironment}).
 */
final class TokenSource {
  /** Asks {@code gh} for its token of a host; empty when it has none or is not installed. */
  @FunctionalInterface
  interface Gh {
    Optional<String> token(String host);
  }

  private TokenSource() {}

  /** The token and where it came from. */
  record Token(String value, String source) {}

  /** The host git and {@code gh} know the API by: github.com for api.github.com. */
  static String gitHost(URI api) {
    return "api.github.com".equalsIgnoreCase(api.getHost()) ? "github.com" : api.getHost();
  }

  /** The variables read, in order, for an API. */
  static List<String> variables(URI api) {
    List<String> names = new ArrayList<>();
    if (!"github.com".equals(gitHost(api))) {
      names.addAll(List.of("GH_ENTERPRISE_TOKEN", "GITHUB_ENTERPRISE_TOKEN"));
    }
    names.addAll(List.of("GITHUB_TOKEN", "GH_TOKEN"));
    return names;
  }

  static Token resolve(URI api, Map<String, String> environment, Gh gh) throws IOException {
    for (String name : variables(api)) {
      String value = environment.get(name);
      if (value != null && !value.isBlank()) {
        return new Token(value.strip(), name);
      }
    }
    return gh.token(gitHost(api))
        .map(t -> new Token(t, "gh auth token"))
        .orElseThrow(
            () ->
                new IOException(
                    "no GitHub token for "
                        + gitHost(api)
                        + ": set "
                        + String.join(" or ", variables(api))
                        + ", or log in with gh auth login"));
  }

  /** The real {@code gh auth token --hostname HOST}. */
  static Optional<String> ghAuthToken(String host) {
    try {
      Process gh =
          new ProcessBuilder("gh", "auth", "token", "--hostname", host)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      gh.getOutputStream().close();
      String out = new String(gh.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!gh.waitFor(20, TimeUnit.SECONDS)) {
        gh.destroyForcibly();
        return Optional.empty();
      }
      return gh.exitValue() == 0 && !out.isEmpty() ? Optional.of(out) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty(); // gh is not installed
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
