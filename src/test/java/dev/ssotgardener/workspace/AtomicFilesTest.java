package dev.ssotgardener.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
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

  @Test
  void aWriteSweepsTheTempFilesOfDeadRunsAndKeepsThoseOfLiveOnes(@TempDir Path dir)
      throws Exception {
    Path dead = dir.resolve(".ssot-" + Integer.MAX_VALUE + "-123.tmp");
    Path olderBuild = dir.resolve(".ssot-987654321.tmp");
    Path live = dir.resolve(".ssot-" + ProcessHandle.current().pid() + "-456.tmp");
    for (Path temp : List.of(dead, olderBuild, live)) {
      Files.writeString(temp, "half");
    }
    AtomicFiles.write(dir.resolve("report.json"), "{}".getBytes());
    assertThat(dead).doesNotExist();
    assertThat(olderBuild).doesNotExist();
    assertThat(live).exists();
  }

  @Test
  void tempFileNamesAreRecognisedAndNothingElse() {
    assertThat(AtomicFiles.isTemporary(".ssot-123-456.tmp")).isTrue();
    assertThat(AtomicFiles.isTemporary(".ssot-456.tmp")).isTrue();
    assertThat(AtomicFiles.isTemporary("ssot-123-456.tmp")).isFalse();
    assertThat(AtomicFiles.isTemporary(".ssot-123-456.tmp.py")).isFalse();
    assertThat(AtomicFiles.isTemporary(".ssot-cache.tmp")).isFalse();
  }
}
