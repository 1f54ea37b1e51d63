package dev.ssotgardener.garden;

import dev.ssotgardener.verify.TestRun;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Runs a command of the project (its tests, the startup check's import or compile) in a folder and
 * reads what it reports: {@link dev.ssotgardener.verify.TestCommandRunner} in a real run.
 */
@FunctionalInterface
interface TestRunner {
  TestRun run(String command, Path workdir) throws IOException, InterruptedException;
}
