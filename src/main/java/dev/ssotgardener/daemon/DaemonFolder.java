package dev.ssotgardener.daemon;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The user's private folder of daemon sockets: {@code $XDG_RUNTIME_DIR/ssot}, else {@code
 * ~/.cache/ssot} (the native client finds it by the same rule). It must be a real folder of this
 * user's that no one else may enter ({@code 0700}): a socket in it accepts command lines.
 */
public final class DaemonFolder {
  static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");

  private final Path path;

  public DaemonFolder(Path path) {
    this.path = path;
  }

  /** The folder for an environment ({@code XDG_RUNTIME_DIR}, {@code HOME}). */
  public static Optional<DaemonFolder> of(Map<String, String> environment) {
    String runtime = environment.getOrDefault("XDG_RUNTIME_DIR", "");
    if (!runtime.isEmpty()) {
      return Optional.of(new DaemonFolder(Path.of(runtime, "ssot")));
    }
    String home = environment.getOrDefault("HOME", "");
    return home.isEmpty()
        ? Optional.empty()
        : Optional.of(new DaemonFolder(Path.of(home, ".cache", "ssot")));
  }

  public Path path() {
    return path;
  }

  /** Whether the folder is a directory (no link) only its owner, this user, may enter. */
  boolean isPrivate() {
    try {
      PosixFileAttributes attributes =
          Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return attributes.isDirectory()
          && attributes.permissions().equals(PRIVATE)
          && attributes
              .owner()
              .equals(
                  path.getFileSystem()
                      .getUserPrincipalLookupService()
                      .lookupPrincipalByName(System.getProperty("user.name")));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The sockets of daemons in the folder, running or left by one that died. */
  public List<Path> sockets() throws IOException {
    List<Path> sockets = new ArrayList<>();
    if (!Files.isDirectory(path)) {
      return sockets;
    }
    try (DirectoryStream<Path> locks = Files.newDirectoryStream(path, "*.lock")) {
      for (Path lock : locks) {
        String name = lock.getFileName().toString();
        sockets.add(lock.resolveSibling(name.substring(0, name.length() - 5) + ".sock"));
      }
    }
    sockets.sort(null);
    return sockets;
  }

  /**
   * The daemon serving {@code socket}, if one runs: it holds the lock beside the socket for its
   * whole life, so a lock anyone can take means none (one that was killed left its socket and info
   * behind: they are removed; the lock file stays, as a daemon starting now may have it open).
   */
  public static Optional<DaemonInfo> running(Path socket) throws IOException {
    try (FileChannel channel =
            FileChannel.open(DaemonInfo.sibling(socket, ".lock"), StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      if (lock != null) {
        Files.deleteIfExists(socket);
        Files.deleteIfExists(DaemonInfo.fileOf(socket));
        return Optional.empty();
      }
    }
    return DaemonInfo.read(socket);
  }
}
