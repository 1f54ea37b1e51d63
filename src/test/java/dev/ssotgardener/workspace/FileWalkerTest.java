package dev.ssotgardener.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walker as it runs: folders listed by our native library where it is loaded. */
class FileWalkerTest {
  @TempDir Path root;

  private final FileWalker walker = walker(WalkOptions.defaults());

  /** The walker under test; {@link FileWalkerJdkListingTest} lists every folder with the JDK. */
  FileWalker walker(WalkOptions options) {
    return new FileWalker(options);
  }

  @Test
  void listsFilesSortedWithSlashSeparatedRelativePaths() throws IOException {
    write("b.py");
    write("a/z.py");
    write("a/b/c.py");

    Listing listing = walker.walk(root);

    assertThat(paths(listing)).containsExactly("a/b/c.py", "a/z.py", "b.py");
    assertThat(listing.files().get(0).file()).isEqualTo(root.resolve("a/b/c.py"));
    assertThat(listing.files().get(0).size()).isEqualTo("a/b/c.py".length());
    assertThat(listing.skipped()).isEmpty();
  }

  @Test
  void neverListsTheTempFileAKilledWriteLeftBesideItsTarget() throws IOException {
    write("tests/test_a.py");
    write("tests/.ssot-4242-77.tmp", "class T(unittest.TestCase): pass\n");

    assertThat(paths(walker.walk(root))).containsExactly("tests/test_a.py");
  }

  @Test
  void honoursRootAndNestedGitignoreWithDeeperRulesWinning() throws IOException {
    write(".gitignore", "*.log\n*.tmp\n");
    write("sub/.gitignore", "!keep.log\nlocal.py\n");
    write("app.log");
    write("app.py");
    write("x.tmp");
    write("sub/keep.log");
    write("sub/drop.log");
    write("sub/local.py");
    write("local.py");

    assertThat(paths(walker.walk(root)))
        .containsExactly(".gitignore", "app.py", "local.py", "sub/.gitignore", "sub/keep.log");
  }

  @Test
  void negationInTheSameFileReincludesAFile() throws IOException {
    write(".gitignore", "*.txt\n!important.txt\n");
    write("notes.txt");
    write("important.txt");

    assertThat(paths(walker.walk(root))).containsExactly(".gitignore", "important.txt");
  }

  @Test
  void directoryOnlyPatternIgnoresDirectoriesButNotFilesOfThatName() throws IOException {
    write(".gitignore", "build/\n");
    write("build/out.py");
    write("src/build/gen.py");
    write("docs/build");

    assertThat(paths(walker.walk(root))).containsExactly(".gitignore", "docs/build");
  }

  @Test
  void anIgnoredDirectoryIsNotEnteredSoNegationBelowItCannotReinclude() throws IOException {
    write(".gitignore", "vendor/\n!vendor/keep.py\n");
    write("vendor/keep.py");

    assertThat(paths(walker.walk(root))).containsExactly(".gitignore");
  }

  @Test
  void anchoredPatternInNestedGitignoreIsRelativeToItsDirectory() throws IOException {
    write("pkg/.gitignore", "/gen.py\n");
    write("pkg/gen.py");
    write("pkg/deep/gen.py");
    write("gen.py");

    assertThat(paths(walker.walk(root)))
        .containsExactly("gen.py", "pkg/.gitignore", "pkg/deep/gen.py");
  }

  @Test
  void honoursGitInfoExcludeBelowGitignore() throws IOException {
    write(".git/info/exclude", "secret.py\n*.bak\n");
    write(".gitignore", "!wanted.bak\n");
    write("secret.py");
    write("old.bak");
    write("wanted.bak");
    write("main.py");

    assertThat(paths(walker.walk(root))).containsExactly(".gitignore", "main.py", "wanted.bak");
  }

  @Test
  void readsInfoExcludeOfTheMainRepositoryFromAWorktreeLinkFile() throws IOException {
    Path main = root.resolve("main");
    Path tree = root.resolve("tree");
    write("main/.git/info/exclude", "secret.py\n");
    write("main/.git/worktrees/tree/commondir", "../..\n");
    write("tree/.git", "gitdir: " + main.resolve(".git/worktrees/tree") + "\n");
    write("tree/secret.py");
    write("tree/main.py");

    assertThat(paths(walker.walk(tree))).containsExactly("main.py");
  }

  @Test
  void skipsVersionControlDirectories() throws IOException {
    write(".git/config");
    write(".git/objects/ab/cdef");
    write(".hg/store");
    write(".svn/entries");
    write("sub/.git/HEAD");
    write("main.py");

    assertThat(paths(walker.walk(root))).containsExactly("main.py");
  }

  @Test
  void keepsSpacesAndNonAsciiNamesIntact() throws IOException {
    write("my dir/with space.py");
    write("données/é café.py");
    write("日本/コード.py");

    assertThat(paths(walker.walk(root)))
        .containsExactly("données/é café.py", "my dir/with space.py", "日本/コード.py");
  }

  @Test
  void gitignoreMatchesNonAsciiNames() throws IOException {
    write(".gitignore", "café.py\n");
    write("café.py");
    write("tea.py");

    assertThat(paths(walker.walk(root))).containsExactly(".gitignore", "tea.py");
  }

  @Test
  void skipsFilesOverTheSizeLimitWithoutReadingThem() throws IOException {
    write("small.py", "x");
    try (RandomAccessFile huge = new RandomAccessFile(root.resolve("huge.bin").toFile(), "rw")) {
      huge.setLength(10L * 1024 * 1024 * 1024); // sparse: no disk used, never read
    }

    Listing listing = walker(new WalkOptions(1024, false)).walk(root);

    assertThat(paths(listing)).containsExactly("small.py");
    assertThat(listing.skipped())
        .singleElement()
        .satisfies(
            skipped -> {
              assertThat(skipped.path()).isEqualTo("huge.bin");
              assertThat(skipped.reason()).isEqualTo(SkipReason.TOO_LARGE);
              assertThat(skipped.detail()).contains("10737418240 bytes");
            });
  }

  @Test
  void doesNotListSymlinksByDefault() throws IOException {
    write("real/a.py");
    Files.createSymbolicLink(root.resolve("real/loop"), root.resolve("real"));
    Files.createSymbolicLink(root.resolve("alias.py"), root.resolve("real/a.py"));
    Files.createSymbolicLink(root.resolve("dangling.py"), root.resolve("missing.py"));

    Listing listing = walker.walk(root);

    assertThat(paths(listing)).containsExactly("real/a.py");
    assertThat(listing.skipped()).isEmpty();
  }

  @Test
  void followsSymlinksWhenAskedAndReportsLoopsInsteadOfRecursing() throws IOException {
    write("real/a.py");
    write("other/b.py");
    Files.createSymbolicLink(root.resolve("real/up"), root.resolve("real"));
    Files.createSymbolicLink(root.resolve("real/top"), root);
    Files.createSymbolicLink(root.resolve("real/side"), Path.of("../other"));
    Files.createSymbolicLink(root.resolve("alias.py"), root.resolve("real/a.py"));
    Files.createSymbolicLink(root.resolve("dangling.py"), root.resolve("missing.py"));

    Listing listing = walker(new WalkOptions(1024, true)).walk(root);

    assertThat(paths(listing))
        .containsExactly("alias.py", "other/b.py", "real/a.py", "real/side/b.py");
    assertThat(listing.skipped())
        .extracting(SkippedFile::path, SkippedFile::reason)
        .containsExactly(
            tuple("dangling.py", SkipReason.UNREADABLE),
            tuple("real/top", SkipReason.SYMLINK_LOOP),
            tuple("real/up", SkipReason.SYMLINK_LOOP));
  }

  @Test
  void mutuallyLinkedDirectoriesTerminate() throws IOException {
    write("a/x.py");
    write("b/y.py");
    Files.createSymbolicLink(root.resolve("a/to-b"), Path.of("../b"));
    Files.createSymbolicLink(root.resolve("b/to-a"), Path.of("../a"));

    Listing listing = walker(new WalkOptions(1024, true)).walk(root);

    assertThat(paths(listing)).containsExactly("a/to-b/y.py", "a/x.py", "b/to-a/x.py", "b/y.py");
    assertThat(listing.skipped())
        .extracting(SkippedFile::path)
        .containsExactly("a/to-b/to-a", "b/to-a/to-b");
  }

  @Test
  void reportsAnUnreadableDirectoryAndCarriesOn() throws IOException {
    assumeTrue(!"root".equals(System.getProperty("user.name")), "root ignores permissions");
    write("locked/secret.py");
    write("open.py");
    Path locked = root.resolve("locked");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      Listing listing = walker.walk(root);

      assertThat(paths(listing)).containsExactly("open.py");
      assertThat(listing.skipped())
          .containsExactly(new SkippedFile("locked", SkipReason.UNREADABLE, "permission denied"));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aLockedDirectoryDoesNotBreakTheWalkEvenAsRoot() throws IOException {
    write("locked/secret.py");
    write("open.py");
    Path locked = root.resolve("locked");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      Listing listing = walker.walk(root);

      assertThat(paths(listing)).contains("open.py");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void listsANameThatIsNotUtf8SoThatItsFileCanBeRead() throws IOException, InterruptedException {
    write("plain.py");
    // Java cannot name such a file; the shell writes the byte 0xFF into the name.
    Process touch =
        new ProcessBuilder("sh", "-c", "printf 'x = 1\\n' > \"$(printf 'bad\\377.py')\"")
            .directory(root.toFile())
            .start();
    assertThat(touch.waitFor()).isZero();

    Listing listing = walker.walk(root);

    assertThat(listing.files()).hasSize(2);
    FileEntry odd = listing.files().get(0);
    assertThat(odd.path()).startsWith("bad").endsWith(".py");
    assertThat(Files.readString(odd.file())).isEqualTo("x = 1\n");
    assertThat(odd.size()).isEqualTo(6);
  }

  @Test
  void leavesOutPipesAndSocketsSilently() throws IOException, InterruptedException {
    write("a.py");
    assertThat(new ProcessBuilder("mkfifo", "pipe").directory(root.toFile()).start().waitFor())
        .isZero();

    Listing listing = walker.walk(root);

    assertThat(paths(listing)).containsExactly("a.py");
    assertThat(listing.skipped()).isEmpty();
  }

  @Test
  void givesEachFileItsSizeAndModificationTimeToTheNanosecond() throws IOException {
    write("a/b.py", "x = 1\n");
    FileTime time = FileTime.from(Instant.parse("2024-02-29T12:34:56.123456789Z"));
    Files.setLastModifiedTime(root.resolve("a/b.py"), time);

    FileEntry entry = walker.walk(root).files().get(0);

    assertThat(entry.size()).isEqualTo(6);
    assertThat(entry.modifiedNanos())
        .isEqualTo(Files.getLastModifiedTime(root.resolve("a/b.py")).to(TimeUnit.NANOSECONDS))
        .isEqualTo(time.to(TimeUnit.NANOSECONDS));
  }

  @Test
  void rejectsARootThatIsNotADirectory() throws IOException {
    write("file.py");

    assertThatThrownBy(() -> walker.walk(root.resolve("file.py")))
        .isInstanceOf(NotDirectoryException.class);
  }

  @Test
  void skipReasonIdsAreKebabCase() {
    assertThat(List.of(SkipReason.values()))
        .extracting(SkipReason::id)
        .containsExactly("binary", "too-large", "unreadable", "symlink-loop");
  }

  private void write(String path) throws IOException {
    write(path, path);
  }

  private void write(String path, String content) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private static List<String> paths(Listing listing) {
    return listing.files().stream().map(FileEntry::path).toList();
  }
}
