package dev.ssotgardener.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What {@code ssot daemon status} shows of a daemon, written beside its socket when it starts: its
 * process id, when it started, its idle timeout and identity.
 */
public record DaemonInfo(long pid, Instant started, Duration idle, String identity) {
  /** The file of the daemon listening on {@code socket}. */
  static Path fileOf(Path socket) {
    return sibling(socket, ".info");
  }

  /** {@code socket}'s name with its {@code .sock} replaced by {@code suffix}. */
  static Path sibling(Path socket, String suffix) {
    String name = socket.getFileName().toString();
    String base = name.endsWith(".sock") ? name.substring(0, name.length() - 5) : name;
    return socket.resolveSibling(base + suffix);
  }

  void write(Path socket) throws IOException {
    Path file = fileOf(socket);
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(
        temp,
        pid + "\n" + started.toEpochMilli() + "\n" + idle.toSeconds() + "\n" + identity + "\n",
        StandardCharsets.UTF_8);
    Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /** The info of the daemon at {@code socket}, if it wrote one that reads back. */
  static Optional<DaemonInfo> read(Path socket) {
    try {
      List<String> lines = Files.readAllLines(fileOf(socket), StandardCharsets.UTF_8);
      return Optional.of(
          new DaemonInfo(
              Long.parseLong(lines.get(0)),
              Instant.ofEpochMilli(Long.parseLong(lines.get(1))),
              Duration.ofSeconds(Long.parseLong(lines.get(2))),
              lines.get(3)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
