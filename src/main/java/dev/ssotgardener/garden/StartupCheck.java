package dev.ssotgardener.garden;

import dev.ssotgardener.verify.JavaCompileCheck;
import dev.ssotgardener.verify.TestRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The seed's startup test, run after every change: each changed Python module is imported by the
 * project's interpreter from the repository root, and the changed Java sources compile (the
 * project's {@code compile-command} when it names one, else in process), so an import a change
 * broke shows even where no test covers it.
 */
final class StartupCheck {
  /** What the check did; {@code ok} also when there was nothing it could check. */
  record Result(boolean ok, String summary) {}

  private final TestRunner runner;
  private final String interpreter;
  private final Function<String, String> modules;
  private final Optional<String> compileCommand;
  private final Supplier<JavaCompileCheck> javaCompiler;

  /**
   * @param modules the module name of a changed Python file
   * @param compileCommand the project's own compile command; empty: {@code javaCompiler}'s check
   * @param javaCompiler made only when a Java file changed and no compile command is given
   */
  StartupCheck(
      TestRunner runner,
      String interpreter,
      Function<String, String> modules,
      Optional<String> compileCommand,
      Supplier<JavaCompileCheck> javaCompiler) {
    this.runner = runner;
    this.interpreter = interpreter;
    this.modules = modules;
    this.compileCommand = compileCommand;
    this.javaCompiler = javaCompiler;
  }

  /** The interpreter a test command uses when it names one, else {@code python3}. */
  static String interpreterOf(String testCommand) {
    String first = testCommand.strip().split("\\s+")[0];
    return first.contains("python") ? first : "python3";
  }

  Result check(Path root, Collection<String> changedPaths)
      throws IOException, InterruptedException {
    Result python = python(root, changedPaths);
    if (changedPaths.stream().noneMatch(p -> p.endsWith(".java"))) {
      return python;
    }
    Result java = java(root, changedPaths);
    boolean noPython = changedPaths.stream().noneMatch(p -> p.endsWith(".py"));
    return noPython
        ? java
        : new Result(python.ok() && java.ok(), python.summary() + "; " + java.summary());
  }

  private Result python(Path root, Collection<String> changedPaths)
      throws IOException, InterruptedException {
    List<String> names =
        changedPaths.stream()
            .filter(p -> p.endsWith(".py"))
            .map(modules)
            .distinct()
            .sorted()
            .toList();
    if (names.isEmpty()) {
      return new Result(true, "no Python module changed");
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
      return new Result(true, "imported " + modulesText);
    }
    return new Result(false, "importing " + modulesText + " failed: " + lastLine(run));
  }

  private Result java(Path root, Collection<String> changedPaths)
      throws IOException, InterruptedException {
    if (compileCommand.isPresent()) {
      TestRun run = runner.run(compileCommand.get(), root);
      return run.passed()
          ? new Result(true, "`" + compileCommand.get() + "` passed")
          : new Result(false, "`" + compileCommand.get() + "` failed: " + lastLine(run));
    }
    JavaCompileCheck.Outcome outcome = javaCompiler.get().check(root, changedPaths);
    return new Result(outcome.ok(), outcome.summary());
  }

  private static String lastLine(TestRun run) {
    List<String> lines = run.outputTail().lines().filter(l -> !l.isBlank()).toList();
    return run.timedOut()
        ? "timed out"
        : lines.isEmpty() ? "exit " + run.exitCode() : lines.get(lines.size() - 1);
  }
}
