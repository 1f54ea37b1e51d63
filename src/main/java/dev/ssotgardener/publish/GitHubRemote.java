package dev.ssotgardener.publish;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The repository on GitHub that the {@code origin} remote names: {@code owner/name} and the host,
 * from its URL as written in git's configuration ({@code https://github.com/acme/widgets.git},
 * {@code git@github.com:acme/widgets.git}, {@code ssh://git@github.com/acme/widgets}).
 *
 * @param url the remote's URL as configured (before any {@code insteadOf} rewriting)
 */
record GitHubRemote(String url, String scheme, String host, String owner, String name) {
  private static final Pattern SCP = Pattern.compile("^(?:[^@/]+@)?([^:/]+):(?!//)(.+)$");

  /** {@code owner/name}. */
  String fullName() {
    return owner + "/" + name;
  }

  /** The {@code origin} remote of the git repository at {@code root}. */
  static GitHubRemote origin(Path root) throws IOException {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(root.toFile());
    if (builder.getGitDir() == null) {
      throw new IOException(root + ": not a git repository; --publish needs its origin remote");
    }
    try (Repository repository = builder.build()) {
      String url = repository.getConfig().getString("remote", "origin", "url");
      if (url == null) {
        throw new IOException(
            root + ": no origin remote; --publish opens the issue and PR on origin's repository");
      }
      return parse(url);
    }
  }

  static GitHubRemote parse(String url) throws IOException {
    String scheme;
    String host;
    String path;
    Matcher scp = SCP.matcher(url);
    if (url.contains("://")) {
      URI uri;
      try {
        uri = URI.create(url);
      } catch (IllegalArgumentException e) {
        throw notGitHub(url);
      }
      scheme = uri.getScheme();
      host = uri.getHost();
      path = uri.getPath();
    } else if (scp.matches()) {
      scheme = "ssh";
      host = scp.group(1);
      path = scp.group(2);
    } else {
      throw notGitHub(url);
    }
    String[] parts = path == null ? new String[0] : path.replaceAll("^/+|/+$", "").split("/");
    if (host == null || parts.length < 2) {
      throw notGitHub(url);
    }
    String name = parts[parts.length - 1].replaceAll("\\.git$", "");
    String owner = parts[parts.length - 2];
    if (owner.isEmpty() || name.isEmpty()) {
      throw notGitHub(url);
    }
    return new GitHubRemote(url, scheme, host, owner, name);
  }

  private static IOException notGitHub(String url) {
    return new IOException(
        "origin remote '"
            + url
            + "' does not name a GitHub repository (https://HOST/OWNER/NAME or git@HOST:OWNER/NAME)");
  }
}
