package dev.ssotgardener.lang.python;

import dev.ssotgardener.lang.ProbeContext;
import dev.ssotgardener.lang.StartupProbe;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The seed's startup test: each changed Python module is imported by the project's interpreter from
 * the repository root, so an import a change broke shows even where no test covers it.
 */
final class PythonImportProbe implements StartupProbe {
  static final String DEFAULT_INTERPRETER = "python3";

  private final ProbeContext context;

  PythonImportProbe(ProbeContext context) {
    this.context = context;
  }

  /** The interpreter a test command uses when it names one, else {@code python3}. */
  static String interpreterOf(String testCommand) {
    String first = testCommand.strip().split("\\s+")[0];
    return first.contains("python") ? first : DEFAULT_INTERPRETER;
  }

  @Override
  public Result check(Path root, Collection<String> changedPaths)
      throws IOException, InterruptedException {
    // a stub (.pyi) is no module of its own to import
    List<String> names =
        changedPaths.stream()
            .filter(p -> p.endsWith(".py"))
            .map(context.moduleOf())
            .distinct()
            .sorted()
            .toList();
    if (names.isEmpty()) {
      return new Result(false, true, "no Python module changed");
    }
    // Module names are dotted identifiers, so they are safe inside the single quotes.
    String tuple = names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    String command =
        interpreterOf(context.testCommand())
            + " -c 'import importlib\nfor m in ("
            + tuple
            + ",): importlib.import_module(m)'";
    Ran run = context.commands().run(command, root);
    String modulesText = String.join(", ", names);
    if (run.passed()) {
      return new Result(true, true, "imported " + modulesText);
    }
    return new Result(true, false, "importing " + modulesText + " failed: " + run.lastLine());
  }
}
