package dev.ssotgardener.lang.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.lang.PathChanges;
import dev.ssotgardener.lang.RandomPathChanges;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonModulesTest {
  private final PythonModules modules =
      new PythonModules(
          List.of(
              "tests/unit/test_a.py",
              "app/__init__.py",
              "src/lib/core.py",
              "services/api/pyproject.toml",
              "services/api/src/api/main.py",
              "tools/cli/setup.cfg",
              "tools/cli/cli/run.py",
              "pkg/__init__.py",
              "pkg/database/__init__.py",
              "pkg/database/setup.py",
              "pkg/database/client.py",
              "__init__.py"));

  @Test
  void repositoryRoot() {
    assertThat(modules.moduleOf("tests/unit/test_a.py")).isEqualTo("tests.unit.test_a");
    assertThat(modules.moduleOf("setup.py")).isEqualTo("setup");
  }

  @Test
  void packageInitIsThePackage() {
    assertThat(modules.moduleOf("app/__init__.py")).isEqualTo("app");
    assertThat(modules.moduleOf("app/stubs/__init__.pyi")).isEqualTo("app.stubs");
    assertThat(modules.moduleOf("__init__.py")).isEmpty();
  }

  @Test
  void srcLayout() {
    assertThat(modules.moduleOf("src/lib/core.py")).isEqualTo("lib.core");
  }

  @Test
  void subProjects() {
    assertThat(modules.moduleOf("services/api/src/api/main.py")).isEqualTo("api.main");
    assertThat(modules.moduleOf("tools/cli/cli/run.py")).isEqualTo("cli.run");
  }

  @Test
  void aSetupPyInsideAPackageDoesNotCutItFromItsParent() {
    assertThat(modules.moduleOf("pkg/database/client.py")).isEqualTo("pkg.database.client");
    assertThat(modules.moduleOf("pkg/database/__init__.py")).isEqualTo("pkg.database");
  }

  /** Modules derived step by step ({@link PythonModules#after}) name files as ones made afresh. */
  @Test
  void modulesDerivedFromChangesNameFilesAsOnesMadeFromThePaths() {
    List<String> pool = new ArrayList<>();
    for (String folder : List.of("", "app/", "svc/", "svc/src/", "svc/src/api/", "lib/src/")) {
      for (String name : List.of("__init__.py", "setup.py", "pyproject.toml", "mod.py", "x.md")) {
        pool.add(folder + name);
      }
    }
    RandomPathChanges steps = new RandomPathChanges(pool, 11);
    PythonModules derived = new PythonModules(List.of(), List.of("lib/"));
    for (int step = 0; step < 300; step++) {
      PathChanges changes = steps.next(3);
      derived = derived.after(changes);
      PythonModules fresh = new PythonModules(changes.paths(), List.of("lib/"));
      for (String path : pool) {
        if (path.endsWith(".py")) {
          assertThat(derived.moduleOf(path))
              .as("%s among %s", path, changes.paths())
              .isEqualTo(fresh.moduleOf(path));
        }
      }
    }
  }
}
