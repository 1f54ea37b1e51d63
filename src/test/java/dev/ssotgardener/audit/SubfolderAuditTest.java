package dev.ssotgardener.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.PolicyLoader;
import dev.ssotgardener.workspace.RepositoryTop;
import dev.ssotgardener.workspace.WalkOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of a monorepo is audited against the whole repository: its names resolve into sibling
 * libraries, and only its own files are judged, with paths relative to it.
 */
class SubfolderAuditTest {
  @TempDir Path repo;

  private void write(String path, String text) throws IOException {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private void monorepo() throws IOException {
    Files.createDirectories(repo.resolve(".git"));
    write("libs/a/pyproject.toml", "[project]\nname = 'ns-a'\n");
    write("libs/b/pyproject.toml", "[project]\nname = 'ns-b'\n");
    // ns/ has no __init__.py: both libraries add to the namespace package
    write("libs/b/src/ns/b/__init__.py", "");
    write("libs/b/src/ns/b/core.py", "def present():\n    return 1\n");
    write("libs/b/src/ns/b/testing.py", "class SSotBase:\n    pass\n\n\nBase = SSotBase\n");
    write("libs/b/src/ns/b/unrelated.py", "import os\n");
    write("libs/a/src/ns/a/__init__.py", "");
    write(
        "libs/a/src/ns/a/app.py",
        "from ns.b.core import present\nfrom ns.b.core import absent\n\nprint(present, absent)\n");
    write(
        "libs/a/tests/test_app.py",
        "from ns.b.testing import Base\n\n\nclass TestApp(Base):\n    def test_it(self):\n"
            + "        pass\n");
  }

  private static Policy policy() throws Exception {
    Path file = Files.createTempFile("ssot", ".yml");
    Files.writeString(
        file,
        """
        version: 1
        truths:
          - id: base-test-case
            kind: base-class
            canonical: [ns.b.testing.SSotBase]
        """);
    try {
      return new PolicyLoader().load(file);
    } finally {
      Files.delete(file);
    }
  }

  private static List<String> lines(AuditResult result) {
    return result.findings().stream()
        .map(f -> f.path() + ":" + f.span().startLine() + " " + f.truth())
        .toList();
  }

  @Test
  void namesResolveAgainstTheWholeRepositoryAndOnlyTheFolderIsJudged() throws Exception {
    monorepo();
    Path folder = repo.resolve("libs/a");
    Policy policy = policy();
    AuditResult result =
        new Auditor(policy, WalkOptions.defaults())
            .audit(RepositoryTop.of(folder, Optional.empty()), folder, AuditProgress.none());

    assertThat(lines(result)).containsExactly("src/ns/a/app.py:2 dangling-imports");
    assertThat(result.findings().get(0).message()).contains("ns.b.core does not define absent");
    assertThat(result.summary().files()).isEqualTo(4);
  }

  @Test
  void theFolderAloneSeesTheNamespaceAsOpenAndTheBaseAsUnknown() throws Exception {
    monorepo();
    Path folder = repo.resolve("libs/a");
    AuditResult alone = new Auditor(policy(), WalkOptions.defaults()).audit(folder);

    assertThat(lines(alone)).containsExactly("tests/test_app.py:4 base-test-case");
  }

  @Test
  void theRepositoryIsThePoliciesRootOrTheGitTopLevel() throws Exception {
    monorepo();
    Path folder = repo.resolve("libs/a");
    assertThat(RepositoryTop.of(folder, Optional.empty())).isEqualTo(repo.toRealPath());
    assertThat(RepositoryTop.of(folder, Optional.of(folder.resolve("ssot.yml"))))
        .isEqualTo(folder.toAbsolutePath().normalize());
    assertThat(RepositoryTop.of(folder, Optional.of(Path.of("/elsewhere/ssot.yml"))))
        .isEqualTo(repo.toRealPath());
    // a policy above the work tree (kept beside many checkouts) does not widen the repository
    assertThat(RepositoryTop.of(folder, Optional.of(repo.getParent().resolve("proposed.yml"))))
        .isEqualTo(repo.toRealPath());
  }
}
