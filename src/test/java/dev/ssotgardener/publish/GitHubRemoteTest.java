package dev.ssotgardener.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssotgardener.verify.CommandEnvironment;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The repository from the origin remote's URL, and the token from where gh looks for it. */
class GitHubRemoteTest {
  private static final URI GITHUB = URI.create("https://api.github.com");
  private static final URI ENTERPRISE = URI.create("https://ghe.acme.example/api/v3");

  @Test
  void httpsAndSshUrlsNameTheRepository() throws IOException {
    for (String url :
        new String[] {
          "https://github.com/acme/widgets.git",
          "https://github.com/acme/widgets",
          "https://x-access-token:t@github.com/acme/widgets.git/",
          "git@github.com:acme/widgets.git",
          "ssh://git@github.com/acme/widgets.git",
          "ssh://git@github.com:22/acme/widgets"
        }) {
      GitHubRemote remote = GitHubRemote.parse(url);
      assertThat(remote.fullName()).as(url).isEqualTo("acme/widgets");
      assertThat(remote.host()).as(url).isEqualTo("github.com");
    }
    assertThat(GitHubRemote.parse("git@ghe.acme.example:team/tool.git").host())
        .isEqualTo("ghe.acme.example");
    assertThatThrownBy(() -> GitHubRemote.parse("/srv/git/widgets.git"))
        .hasMessage(
            "origin remote '/srv/git/widgets.git' does not name a GitHub repository"
                + " (https://HOST/OWNER/NAME or git@HOST:OWNER/NAME)");
  }

  @Test
  void theTokenComesFromTheEnvironmentFirstThenFromGh() throws IOException {
    assertThat(
            TokenSource.resolve(
                GITHUB, Map.of("GH_TOKEN", "b", "GITHUB_TOKEN", "a"), h -> Optional.empty()))
        .isEqualTo(new TokenSource.Token("a", "GITHUB_TOKEN"));
    assertThat(
            TokenSource.resolve(
                ENTERPRISE,
                Map.of("GITHUB_TOKEN", "a", "GH_ENTERPRISE_TOKEN", "e"),
                h -> Optional.empty()))
        .isEqualTo(new TokenSource.Token("e", "GH_ENTERPRISE_TOKEN"));
    Map<String, String> asked = new HashMap<>();
    TokenSource.Token fromGh =
        TokenSource.resolve(
            ENTERPRISE,
            Map.of(),
            host -> {
              asked.put("host", host);
              return Optional.of("g");
            });
    assertThat(fromGh).isEqualTo(new TokenSource.Token("g", "gh auth token"));
    assertThat(asked).containsEntry("host", "ghe.acme.example");
    assertThatThrownBy(() -> TokenSource.resolve(GITHUB, Map.of(), h -> Optional.empty()))
        .hasMessage(
            "no GitHub token for github.com: set GITHUB_TOKEN or GH_TOKEN, or log in with gh auth"
                + " login");
  }

  @Test
  void everyVariableATokenIsReadFromIsWithheldFromTheProjectsCommands() {
    assertThat(CommandEnvironment.TOKEN_VARIABLES)
        .containsAll(TokenSource.variables(GITHUB))
        .containsAll(TokenSource.variables(ENTERPRISE));
    Map<String, String> env =
        new HashMap<>(Map.of("GITHUB_TOKEN", "t", "GH_ENTERPRISE_TOKEN", "e", "PATH", "/bin"));
    CommandEnvironment.withholdTokens(env);
    assertThat(env).containsOnlyKeys("PATH");
  }
}
