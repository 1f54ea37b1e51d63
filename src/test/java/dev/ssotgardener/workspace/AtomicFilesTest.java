package dev.ssotgardener.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @Test
  void aNewFileIsReadableByOthersAndNoTemporaryFileRemains(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("out dir/report.html");
    AtomicFiles.write(report, "<html>".getBytes());
    assertThat(Files.readString(report)).isEqualTo("<html>");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
        .isEqualTo("rw-r--r--");
    try (Stream<Path> files = Files.list(report.getParent())) {
      assertThat(files).containsExactly(report);
    }
  }

  @Test
  void anExistingFileKeepsItsPermissions(@TempDir Path dir) throws Exception {
    Path script = dir.resolve("run.sh");
    Files.writeString(script, "old");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-x---"));
    AtomicFiles.write(script, "new".getBytes());
    assertThat(Files.readString(script)).isEqualTo("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script)))
        .isEqualTo("rwxr-x---");
  }
}
