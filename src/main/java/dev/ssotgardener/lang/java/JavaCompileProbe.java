package dev.ssotgardener.lang.java;

import dev.ssotgardener.lang.ProbeContext;
import dev.ssotgardener.lang.StartupProbe;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Java's startup check: the changed sources compile, by the project's {@code compile-command} when
 * it names one, else in process ({@link JavaCompileCheck}).
 */
final class JavaCompileProbe implements StartupProbe {
  private final ProbeContext context;
  private final JavaDialect dialect;

  JavaCompileProbe(ProbeContext context, JavaDialect dialect) {
    this.context = context;
    this.dialect = dialect;
  }

  @Override
  public Result check(Path root, Collection<String> changedPaths)
      throws IOException, InterruptedException {
    if (changedPaths.stream().noneMatch(dialect::owns)) {
      return new Result(false, true, "no Java source changed");
    }
    if (context.compileCommand().isPresent()) {
      String command = context.compileCommand().get();
      Ran run = context.commands().run(command, root);
      return run.passed()
          ? new Result(true, true, "`" + command + "` passed")
          : new Result(true, false, "`" + command + "` failed: " + run.lastLine());
    }
    JavaCompileCheck.Outcome outcome =
        new JavaCompileCheck(context.sources().get(), context.classpath())
            .check(root, changedPaths);
    return new Result(true, outcome.ok(), outcome.summary());
  }
}
