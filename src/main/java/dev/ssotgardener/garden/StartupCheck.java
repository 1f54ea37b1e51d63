package dev.ssotgardener.garden;

import dev.ssotgardener.lang.Dialects;
import dev.ssotgardener.lang.ProbeContext;
import dev.ssotgardener.lang.StartupProbe;
import dev.ssotgardener.verify.TestRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The seed's startup test, run after every change: each language's probe checks that its changed
 * files still load (Python imports the changed modules, Java compiles the changed sources), so an
 * import a change broke shows even where no test covers it.
 */
final class StartupCheck {
  /** What the check did; {@code ok} also when there was nothing it could check. */
  record Result(boolean ok, String summary) {}

  private final List<StartupProbe> probes;

  /**
   * @param context what the probes may use; its commands run as the project's tests do
   */
  StartupCheck(ProbeContext context) {
    this.probes = Dialects.all().stream().map(d -> d.startupProbe(context)).toList();
  }

  /** Commands run by the project's test runner, with the last line of output they print. */
  static StartupProbe.Commands commands(TestRunner runner) {
    return (command, root) -> {
      TestRun run = runner.run(command, root);
      return new StartupProbe.Ran(run.passed(), lastLine(run));
    };
  }

  /**
   * What the probes of the changed files' languages found; when no changed file is any probe's,
   * what the first says about it.
   */
  Result check(Path root, Collection<String> changedPaths)
      throws IOException, InterruptedException {
    List<StartupProbe.Result> results = new ArrayList<>();
    StartupProbe.Result first = null;
    for (StartupProbe probe : probes) {
      StartupProbe.Result result = probe.check(root, changedPaths);
      first = first == null ? result : first;
      if (result.checked()) {
        results.add(result);
      }
    }
    if (results.isEmpty()) {
      return new Result(first.ok(), first.summary());
    }
    return new Result(
        results.stream().allMatch(StartupProbe.Result::ok),
        String.join("; ", results.stream().map(StartupProbe.Result::summary).toList()));
  }

  private static String lastLine(TestRun run) {
    List<String> lines = run.outputTail().lines().filter(l -> !l.isBlank()).toList();
    return run.timedOut()
        ? "timed out"
        : lines.isEmpty() ? "exit " + run.exitCode() : lines.get(lines.size() - 1);
  }
}
