package dev.ssotgardener.garden;

import dev.ssotgardener.lang.python.PythonModules;
import dev.ssotgardener.verify.TestCommandRunner;
import dev.ssotgardener.verify.TestRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The seed's startup test: every changed Python module is imported by the project's interpreter
 * from the repository root, so an import a change broke shows even where no test covers it.
 */
final class StartupCheck {
  /** What the check did; {@code ok} also when there was nothing it could check. */
  record Result(boolean ok, String summary) {}

  private final TestCommandRunner runner;
  private final String interpreter;
  private final PythonModules modules;

  StartupCheck(TestCommandRunner runner, String interpreter, PythonModules modules) {
    this.runner = runner;
    this.interpreter = interpreter;
    this.modules = modules;
  }

  /** The interpreter a test command uses when it names one, else {@code python3}. */
  static String interpreterOf(String testCommand) {
    String first = testCommand.strip().split("\\s+")[0];
    return first.contains("python") ? first : "python3";
  }

  Result check(Path root, Collection<String> changedPaths)
      throws IOException, InterruptedException {
    List<String> names =
        changedPaths.stream()
            .filter(p -> p.endsWith(".py"))
            .map(modules::moduleOf)
            .distinct()
            .sorted()
            .toList();
    boolean otherSources = changedPaths.stream().anyMatch(p -> p.endsWith(".java"));
    String skipped = otherSources ? "; Java sources not compiled (no startup check for Java)" : "";
    if (names.isEmpty()) {
      return new Result(true, "no Python module changed" + skipped);
    }
    // Module names are dotted identifiers, so they are safe inside the single quotes.
    String tuple = names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    String command =
        interpreter
            + " -c 'import importlib\nfor m in ("
            + tuple
            + ",): importlib.import_module(m)'";
    TestRun run = runner.run(command, root);
    String modulesText = String.join(", ", names);
    if (run.passed()) {
      return new Result(true, "imported " + modulesText + skipped);
    }
    List<String> lines = run.outputTail().lines().toList();
    String last = lines.isEmpty() ? "exit " + run.exitCode() : lines.get(lines.size() - 1);
    return new Result(false, "importing " + modulesText + " failed: " + last);
  }
}
