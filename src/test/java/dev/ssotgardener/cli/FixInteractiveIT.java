package dev.ssotgardener.cli;

import static dev.ssotgardener.cli.SsotJar.ssotWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.cli.SsotJar.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ssot fix --interactive} answered from a pipe, as a script or {@code yes |} would: each
 * file's diff, then a question; the end of input writes nothing more.
 */
class FixInteractiveIT {
  /** Both sides equal up to trailing blanks: fixed without a choice (take ours). */
  private static final String CONFLICT =
      "x = 1\n<<<<<<< HEAD\ny = 2\n=======\ny = 2  \n>>>>>>> t\n";

  private static final String FIXED = "x = 1\ny = 2\n";

  @TempDir Path dir;

  @Test
  void answersFromStandardInputDecideFileByFile() throws Exception {
    for (String name : new String[] {"a.py", "b.py", "c.py", "d.py"}) {
      Files.writeString(dir.resolve(name), CONFLICT);
    }
    Run run = ssotWithInput("y\nmaybe\nn\n", "fix", "--interactive", dir.toString());
    assertThat(run.stdout)
        .contains("Apply 1 fix to a.py? [y]es, [n]o, [a]ll remaining, [q]uit: ")
        .contains("Answer y, n, a or q.")
        .contains("(end of input: nothing more is written)")
        .contains("4 fixes in 4 files (1 written)")
        .doesNotContain("Apply 1 fix to d.py");
    assertThat(Files.readString(dir.resolve("a.py"))).isEqualTo(FIXED);
    assertThat(Files.readString(dir.resolve("b.py"))).isEqualTo(CONFLICT);
    assertThat(Files.readString(dir.resolve("c.py"))).isEqualTo(CONFLICT);
    assertThat(Files.readString(dir.resolve("d.py"))).isEqualTo(CONFLICT);
  }

  @Test
  void allWritesTheRestAndQuitStops() throws Exception {
    for (String name : new String[] {"a.py", "b.py", "c.py"}) {
      Files.writeString(dir.resolve(name), CONFLICT);
    }
    Run all = ssotWithInput("n\na\n", "fix", "--interactive", dir.toString());
    assertThat(all.stdout).contains("(2 written)").doesNotContain("to c.py?");
    assertThat(Files.readString(dir.resolve("a.py"))).isEqualTo(CONFLICT);
    assertThat(Files.readString(dir.resolve("c.py"))).isEqualTo(FIXED);
    Run quit = ssotWithInput("q\ny\n", "fix", "--interactive", dir.toString());
    assertThat(quit.stdout).contains("1 fix in 1 file (0 written)");
    assertThat(Files.readString(dir.resolve("a.py"))).isEqualTo(CONFLICT);
  }
}
