package dev.ssotgardener.cli;

import dev.ssotgardener.daemon.DaemonFolder;
import dev.ssotgardener.daemon.DaemonInfo;
import dev.ssotgardener.daemon.DaemonServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ssot daemon status|stop}, and {@code run}, which the native client starts: the resident
 * JVM that serves later runs of the read-only commands (README "Speed").
 */
@Command(
    name = "daemon",
    mixinStandardHelpOptions = true,
    description =
        "The resident JVM the launcher reuses for audit and rule (README, Speed): status, stop.",
    subcommands = {DaemonCommand.Status.class, DaemonCommand.Stop.class, DaemonCommand.Run.class})
final class DaemonCommand {
  private DaemonCommand() {}

  private static DaemonFolder folder(Invocation invocation) {
    return DaemonFolder.of(invocation.environment())
        .orElseThrow(() -> new UserError("daemon: neither XDG_RUNTIME_DIR nor HOME is set"));
  }

  /** The daemons running now, each with its socket; stale files of dead ones are removed. */
  private static List<Running> running(DaemonFolder folder) throws IOException {
    List<Running> running = new ArrayList<>();
    for (Path socket : folder.sockets()) {
      DaemonFolder.running(socket).ifPresent(info -> running.add(new Running(socket, info)));
    }
    return running;
  }

  private record Running(Path socket, DaemonInfo info) {}

  @Command(name = "status", mixinStandardHelpOptions = true, description = "List running daemons.")
  static final class Status implements Runnable {
    private final Invocation invocation;

    Status(Invocation invocation) {
      this.invocation = invocation;
    }

    @Override
    public void run() {
      DaemonFolder folder = folder(invocation);
      List<Running> daemons;
      try {
        daemons = running(folder);
      } catch (IOException e) {
        throw new UserError(folder.path() + ": " + e.getMessage());
      }
      invocation
          .out()
          .printf(
              "ssot daemon: %s in %s%n",
              daemons.isEmpty() ? "none running" : daemons.size() + " running", folder.path());
      for (Running daemon : daemons) {
        DaemonInfo info = daemon.info();
        Optional<ProcessHandle> process = ProcessHandle.of(info.pid());
        invocation
            .out()
            .printf(
                "  pid %d, up %s, stops after %s idle, cpu %s, rss %s, socket %s%n",
                info.pid(),
                words(Duration.between(info.started(), Instant.now())),
                words(info.idle()),
                process
                    .flatMap(p -> p.info().totalCpuDuration())
                    .map(d -> String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0))
                    .orElse("?"),
                residentMegabytes(info.pid()).map(mb -> mb + " MB").orElse("?"),
                daemon.socket());
      }
    }
  }

  @Command(
      name = "stop",
      mixinStandardHelpOptions = true,
      description = "Stop every running daemon (each finishes the runs it serves first).")
  static final class Stop implements Runnable {
    private final Invocation invocation;

    Stop(Invocation invocation) {
      this.invocation = invocation;
    }

    @Override
    public void run() {
      DaemonFolder folder = folder(invocation);
      int stopped = 0;
      try {
        for (Running daemon : running(folder)) {
          Optional<ProcessHandle> process =
              ProcessHandle.of(daemon.info().pid())
                  .filter(p -> isDaemonOf(p, daemon.socket())); // never a reused pid
          if (process.isPresent() && process.get().destroy()) {
            process.get().onExit().get(70, TimeUnit.SECONDS);
            stopped++;
          }
        }
      } catch (IOException | java.util.concurrent.ExecutionException e) {
        throw new UserError(folder.path() + ": " + e.getMessage());
      } catch (java.util.concurrent.TimeoutException e) {
        throw new UserError("a daemon did not stop within 70 s; see its log in " + folder.path());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new UserError("interrupted");
      }
      invocation.out().printf("ssot daemon: stopped %d%n", stopped);
    }

    private static boolean isDaemonOf(ProcessHandle process, Path socket) {
      return process
          .info()
          .arguments()
          .map(a -> List.of(a).contains(socket.toString()))
          .orElse(false);
    }
  }

  @Command(
      name = "run",
      hidden = true,
      description = "Serve on SOCKET until idle (the native client starts this).")
  static final class Run implements java.util.concurrent.Callable<Integer> {
    private final Invocation invocation;

    @Option(names = "--socket", required = true, paramLabel = "SOCKET")
    private Path socket;

    @Option(names = "--identity", required = true, paramLabel = "TEXT")
    private String identity;

    @Option(names = "--idle", defaultValue = "3h", paramLabel = "DURATION")
    private String idle;

    Run(Invocation invocation) {
      this.invocation = invocation;
    }

    @Override
    public Integer call() throws IOException {
      Optional<Path> jar = runningJar();
      String digest = identity.split(" ", 2)[0];
      if (jar.isEmpty() || !digest.equals(sha256(jar.get()))) {
        // The jar changed since the launcher took its digest: a rebuild; clients run in-process.
        throw new UserError("daemon: the jar is not the build " + digest + " the client named");
      }
      new DaemonServer(
              socket,
              identity,
              GardenCommand.duration("--idle", idle),
              new DaemonService(),
              jar,
              invocation.err())
          .serve();
      return ExitCodes.CLEAN;
    }
  }

  static Optional<Path> runningJar() {
    CodeSource source = DaemonCommand.class.getProtectionDomain().getCodeSource();
    try {
      Path code = source == null ? null : Path.of(source.getLocation().toURI());
      return code != null && Files.isRegularFile(code) ? Optional.of(code) : Optional.empty();
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static Optional<Long> residentMegabytes(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or the process just ended
    }
    return Optional.empty();
  }

  private static String words(Duration d) {
    long s = d.toSeconds();
    return s >= 3600
        ? (s / 3600) + "h" + (s % 3600 / 60 > 0 ? " " + (s % 3600 / 60) + "m" : "")
        : s >= 60 ? (s / 60) + "m" : s + "s";
  }
}
