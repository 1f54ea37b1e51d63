package dev.ssotgardener.lang.python;

import static org.assertj.core.api.Assertions.assertThat;

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
}
