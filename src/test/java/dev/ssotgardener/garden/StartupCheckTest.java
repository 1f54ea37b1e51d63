package dev.ssotgardener.garden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.lang.ProbeContext;
import dev.ssotgardener.verify.TestCommandRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupCheckTest {
  private static final List<String> CHANGED = List.of("app/ok.py", "src/A.java");

  @TempDir Path repo;

  /** The in-process compiler must not be made when the project names its own command. */
  private final Supplier<ProbeContext.Sources> noCompiler =
      () -> {
        throw new AssertionError("the in-process compiler was used");
      };

  @Test
  void theProjectsCompileCommandDecidesForJavaBesideThePythonImport() throws Exception {
    Files.createDirectories(repo.resolve("app"));
    Files.writeString(repo.resolve("app/__init__.py"), "");
    Files.writeString(repo.resolve("app/ok.py"), "VALUE = 1\n");

    StartupCheck.Result passed = check(Optional.of("true")).check(repo, CHANGED);
    assertThat(passed.ok()).isTrue();
    assertThat(passed.summary()).isEqualTo("imported app.ok; `true` passed");

    StartupCheck.Result failed =
        check(Optional.of("echo 'A.java:1: error: class, interface expected'; exit 1"))
            .check(repo, CHANGED);
    assertThat(failed.ok()).isFalse();
    assertThat(failed.summary())
        .isEqualTo(
            "imported app.ok; `echo 'A.java:1: error: class, interface expected'; exit 1` failed:"
                + " A.java:1: error: class, interface expected");
  }

  @Test
  void withoutAJavaChangeNoCompilerRuns() throws Exception {
    StartupCheck.Result result =
        check(Optional.of("false")).check(repo, List.of("README.md", "docs/a.rst"));

    assertThat(result.ok()).isTrue();
    assertThat(result.summary()).isEqualTo("no Python module changed");
  }

  private StartupCheck check(Optional<String> compileCommand) {
    return new StartupCheck(
        new ProbeContext(
            StartupCheck.commands(new TestCommandRunner(Duration.ofMinutes(1))::run),
            "python3 -m pytest",
            compileCommand,
            List.of(),
            Map.of("app/ok.py", "app.ok")::get,
            noCompiler));
  }
}
