package dev.ssotgardener.workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file whole or not at all: a temporary file, flushed to disk, then renamed over the
 * target, so a crash or an interrupted run leaves either the old file or the new. The one helper
 * every writer uses (fixes, reports, baselines, the cache, tracker files).
 *
 * <p>A kill between creating and renaming leaves the temporary file behind, so it must be harmless:
 * it is staged outside the target's tree when the user's private temp folder is on the same file
 * store (a rename works there), beside the target only otherwise; it is named {@code
 * .ssot-<pid>-<n>.tmp} so listings skip it ({@link #isTemporary}); and every write first deletes
 * the ones its folders hold whose process is gone.
 */
public final class AtomicFiles {
  private static final Pattern TEMPORARY = Pattern.compile("\\.ssot-(?:(\\d+)-)?\\d+\\.tmp");
  private static final String GLOB = ".ssot-*.tmp";

  /** A temp file older than this is abandoned even if its pid now names a live process (reuse). */
  private static final Duration ABANDONED_AFTER = Duration.ofHours(1);

  private static final Set<PosixFilePermission> PRIVATE =
      PosixFilePermissions.fromString("rwx------");

  private AtomicFiles() {}

  /** Whether a file name is one of our temporary files, which no listing may treat as a source. */
  public static boolean isTemporary(String fileName) {
    return TEMPORARY.matcher(fileName).matches();
  }

  /**
   * Writes {@code bytes} to {@code target}, creating its folder. An existing file keeps its
   * permissions; a new one gets {@code rw-r--r--} (a temporary file's private mode would leak).
   */
  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, bytes, true);
  }

  /**
   * As {@link #write}, without waiting for the disk: for files that may be lost but never torn
   * (cache entries).
   */
  public static void writeUnsynced(Path target, byte[] bytes) throws IOException {
    write(target, bytes, false);
  }

  private static void write(Path target, byte[] bytes, boolean sync) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    sweep(dir);
    Optional<Path> staging = stagingFor(dir);
    if (staging.isPresent()) {
      sweep(staging.get());
      try {
        writeThrough(staging.get(), absolute, bytes, sync);
        return;
      } catch (AtomicMoveNotSupportedException e) {
        // e.g. a bind mount of the same device: rename refuses, so stage beside the target
      }
    }
    writeThrough(dir, absolute, bytes, sync);
  }

  private static void writeThrough(Path tempDir, Path target, byte[] bytes, boolean sync)
      throws IOException {
    Path temp =
        Files.createTempFile(tempDir, ".ssot-" + ProcessHandle.current().pid() + "-", ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        channel.write(ByteBuffer.wrap(bytes));
        if (sync) {
          channel.force(true);
        }
      }
      keepAttributes(temp, target);
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        if (!tempDir.equals(target.getParent())) {
          throw e;
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** The target's permissions and group (the temp file was made private, maybe elsewhere). */
  private static void keepAttributes(Path temp, Path target) throws IOException {
    PosixFileAttributeView posix = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (posix == null) {
      return;
    }
    if (!Files.exists(target)) {
      posix.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
      return;
    }
    PosixFileAttributes old =
        Files.readAttributes(target, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    posix.setPermissions(old.permissions());
    try {
      posix.setGroup(old.group());
    } catch (IOException e) {
      // not a member of the file's group: the file takes the user's group, as any edit would
    }
  }

  /**
   * The user's private folder in the system temp folder, when a rename from there to {@code dir}
   * stays on one file store; so a killed run leaves nothing inside the user's tree.
   */
  private static Optional<Path> stagingFor(Path dir) {
    try {
      String user = System.getProperty("user.name", "").replaceAll("[^A-Za-z0-9._-]", "_");
      Path staging = Path.of(System.getProperty("java.io.tmpdir"), "ssot-" + user).toAbsolutePath();
      if (!Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
        FileAttribute<Set<PosixFilePermission>> mode =
            PosixFilePermissions.asFileAttribute(PRIVATE);
        Files.createDirectories(staging.getParent());
        Files.createDirectory(staging, mode);
      }
      // Only a folder no one else can write to: another user could swap a staged file.
      PosixFileAttributes attributes =
          Files.readAttributes(staging, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      boolean ours =
          attributes.isDirectory()
              && attributes.permissions().equals(PRIVATE)
              && attributes
                  .owner()
                  .equals(
                      staging
                          .getFileSystem()
                          .getUserPrincipalLookupService()
                          .lookupPrincipalByName(System.getProperty("user.name")));
      return ours && Files.getFileStore(staging).equals(Files.getFileStore(dir))
          ? Optional.of(staging)
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // no private temp folder here: stage beside the target
    }
  }

  /** Deletes the temp files in {@code dir} that no live run is writing. */
  private static void sweep(Path dir) {
    try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, GLOB)) {
      long cutoff = System.currentTimeMillis() - ABANDONED_AFTER.toMillis();
      for (Path temp : temps) {
        Matcher name = TEMPORARY.matcher(temp.getFileName().toString());
        if (name.matches() && abandoned(name.group(1), temp, cutoff)) {
          Files.deleteIfExists(temp);
        }
      }
    } catch (IOException | RuntimeException e) {
      // sweeping is housekeeping: a folder we cannot list or clean still takes the write
    }
  }

  private static boolean abandoned(String pid, Path temp, long cutoff) throws IOException {
    if (pid == null) {
      return true; // named by an older build, which wrote no pid
    }
    boolean running =
        ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
    return !running || Files.getLastModifiedTime(temp).toMillis() < cutoff;
  }
}
