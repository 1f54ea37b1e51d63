package dev.ssotgardener.cli;

import static dev.ssotgardener.cli.SsotJar.ssot;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ssot init} from the packaged jar: proposing, writing beside a policy, bad input. */
class InitIT {
  private static final Path MAJORITY = Path.of("src/test/resources/init/majority");

  @Test
  void writesAPolicyTheAuditReadsThenNeverOverwritesIt(@TempDir Path repo) throws Exception {
    copy(MAJORITY, repo);
    SsotJar.Run first = ssot("init", repo.toString(), "--write", "--no-cache");
    assertThat(first.exit).isZero();
    assertThat(first.stdout).contains("wrote " + repo.resolve("ssot.yml"));
    String policy = Files.readString(repo.resolve("ssot.yml"));
    assertThat(policy).contains("see `ssot rule base-class`", "canonical: [\"pkg.env.get_env\"]");
    SsotJar.Run audit = ssot("audit", repo.toString(), "--no-cache");
    assertThat(audit.exit).as(audit.stderr).isEqualTo(1);
    assertThat(audit.stdout).contains("tests/test_legacy.py");
    SsotJar.Run second = ssot("init", repo.toString(), "--write", "--format", "json", "--no-cache");
    assertThat(second.stdout).contains("a policy exists", "ssot.proposed.yml");
    assertThat(Files.readString(repo.resolve("ssot.yml"))).isEqualTo(policy);
    assertThat(Files.readString(repo.resolve("ssot.proposed.yml"))).startsWith("{");
  }

  @Test
  void saysWhyWhenThereIsNothingToPropose() throws Exception {
    SsotJar.Run run = ssot("init", "src/test/resources/init/empty", "--write", "--no-cache");
    assertThat(run.exit).isZero();
    assertThat(run.stderr).contains("nothing to propose", "entrypoint:", "nothing written");
    assertThat(Path.of("src/test/resources/init/empty/ssot.yml")).doesNotExist();
  }

  @Test
  void badPathIsOneLineAndExit2(@TempDir Path dir) throws Exception {
    SsotJar.Run missing = ssot("init", dir.resolve("nope").toString());
    assertThat(missing.exit).isEqualTo(2);
    assertThat(missing.stderr.strip()).doesNotContain("\n").contains("nope: not a directory");
    Path file = Files.writeString(dir.resolve("file.py"), "x = 1\n");
    SsotJar.Run notDir = ssot("init", file.toString());
    assertThat(notDir.exit).isEqualTo(2);
    assertThat(notDir.stderr).contains("file.py: not a directory");
  }

  private static void copy(Path from, Path to) throws Exception {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
