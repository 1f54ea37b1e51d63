package dev.ssotgardener.nativelib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.ssotgardener.nativelib.DirectoryEntry.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The native listing says of every entry what the JDK says of it. */
class NativeDirectoryTest {
  @TempDir Path dir;

  private NativeDirectory lister;

  @BeforeEach
  void load() {
    assumeThat(NativeDirectory.load()).isPresent();
    lister = NativeDirectory.load().orElseThrow();
  }

  @Test
  void agreesWithTheJdkOnEveryKindOfEntry() throws IOException, InterruptedException {
    Files.writeString(dir.resolve("a.py"), "x = 1\n");
    Files.setLastModifiedTime(
        dir.resolve("a.py"), FileTime.from(Instant.parse("2001-02-03T04:05:06.789012345Z")));
    Files.write(dir.resolve("empty"), new byte[0]);
    Files.writeString(dir.resolve("with space é.txt"), "ü");
    Files.createDirectory(dir.resolve("sub"));
    Files.createSymbolicLink(dir.resolve("link"), dir.resolve("a.py"));
    Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("missing"));
    Files.createSymbolicLink(dir.resolve("dirlink"), dir.resolve("sub"));
    assertThat(new ProcessBuilder("mkfifo", "pipe").directory(dir.toFile()).start().waitFor())
        .isZero();

    List<DirectoryEntry> listed = sorted(lister.list(dir).orElseThrow());

    assertThat(listed)
        .extracting(DirectoryEntry::name)
        .containsExactly("a.py", "dangling", "dirlink", "empty", "link", "sub", "with space é.txt");
    for (DirectoryEntry entry : listed) {
      assertThat(entry).isEqualTo(asTheJdkSees(dir.resolve(entry.name()), entry.name()));
    }
    assertThat(listed.get(0).modifiedNanos() % 1_000_000_000).isEqualTo(789_012_345);
  }

  @Test
  void listsAnEmptyFolderAsEmpty() {
    assertThat(lister.list(dir)).hasValue(List.of());
  }

  @Test
  void leavesToTheJdkAFolderItCannotList() throws IOException {
    Files.writeString(dir.resolve("file"), "x");

    assertThat(lister.list(dir.resolve("missing"))).isEmpty();
    assertThat(lister.list(dir.resolve("file"))).isEmpty();
  }

  @Test
  void leavesToTheJdkAFolderWithANameThatIsNotUtf8() throws IOException, InterruptedException {
    Files.writeString(dir.resolve("fine.py"), "x");
    Process touch =
        new ProcessBuilder("sh", "-c", "touch \"$(printf 'bad\\377.py')\"")
            .directory(dir.toFile())
            .start();
    assertThat(touch.waitFor()).isZero();

    assertThat(lister.list(dir)).isEmpty();
  }

  @Test
  void listsAFolderOfManyEntriesWhole() throws IOException {
    for (int i = 0; i < 3000; i++) {
      Files.writeString(dir.resolve("file-" + i + "-" + "x".repeat(100) + ".py"), "" + i);
    }

    List<DirectoryEntry> listed = lister.list(dir).orElseThrow();

    assertThat(listed).hasSize(3000);
    assertThat(listed).allSatisfy(e -> assertThat(e.kind()).isEqualTo(Kind.FILE));
    assertThat(listed.stream().mapToLong(DirectoryEntry::size).sum())
        .isEqualTo(java.util.stream.IntStream.range(0, 3000).map(i -> ("" + i).length()).sum());
  }

  private static DirectoryEntry asTheJdkSees(Path file, String name) throws IOException {
    BasicFileAttributes attributes =
        Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (attributes.isSymbolicLink()) {
      return new DirectoryEntry(name, Kind.LINK, 0, 0, false);
    }
    if (attributes.isDirectory()) {
      return new DirectoryEntry(name, Kind.DIRECTORY, 0, 0, false);
    }
    return new DirectoryEntry(
        name,
        Kind.FILE,
        attributes.size(),
        attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
        Files.isReadable(file));
  }

  private static List<DirectoryEntry> sorted(List<DirectoryEntry> entries) {
    return entries.stream().sorted(Comparator.comparing(DirectoryEntry::name)).toList();
  }
}
