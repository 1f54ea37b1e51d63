package dev.ssotgardener.daemon;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A daemon: listens on one socket and runs each request on a thread of its own, many at once, until
 * it has been idle for its timeout, is stopped (SIGTERM, {@code ssot daemon stop}), is retired
 * after an {@link Error}, or the jar it runs from changes on disk (a rebuild: no client will ask
 * for this build again).
 *
 * <p>Its identity is what a client must name to be served: the launcher's digest of the jar, then
 * the Java runtime, JVM options, locale and umask that shape a run. The socket's name is a hash of
 * it, so a client of another build or setting finds another daemon (or starts one), and a request
 * naming another identity is sent back to run in a JVM of its own.
 *
 * <p>One daemon per socket: it holds a lock on {@code NAME.lock} for its whole life, which the
 * system releases however it ends, so a daemon that finds the lock taken leaves the socket to its
 * owner, and one that takes it may remove a socket a killed daemon left.
 */
public final class DaemonServer {
  private static final Duration CHECK_EVERY = Duration.ofSeconds(1);

  /** How long a stop waits for running requests before the JVM ends them with itself. */
  private static final Duration DRAIN = Duration.ofSeconds(60);

  private final Path socket;
  private final String identity;
  private final Duration idle;
  private final DaemonHandler handler;
  private final Optional<Path> jar;
  private final PrintStream log;
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger served = new AtomicInteger();
  private final AtomicBoolean removed = new AtomicBoolean();
  private volatile long lastActive = System.nanoTime();
  private volatile ServerSocketChannel server;

  /**
   * @param jar the jar this JVM runs from, watched for a rebuild
   * @param log where the daemon says why it starts, stops or could not run a request
   */
  public DaemonServer(
      Path socket,
      String identity,
      Duration idle,
      DaemonHandler handler,
      Optional<Path> jar,
      PrintStream log) {
    this.socket = socket;
    this.identity = identity;
    this.idle = idle;
    this.handler = handler;
    this.jar = jar;
    this.log = log;
  }

  /**
   * Serves until idle, stopped, retired or rebuilt; returns false at once when another daemon
   * already serves the socket.
   *
   * @throws IOException when the socket cannot be made (the client then runs in-process)
   */
  public boolean serve() throws IOException {
    DaemonFolder folder = new DaemonFolder(socket.getParent());
    if (!folder.isPrivate()) {
      throw new IOException(socket.getParent() + ": not a private folder (0700) of this user");
    }
    try (FileChannel lockFile =
            FileChannel.open(
                DaemonInfo.sibling(socket, ".lock"),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock = lockFile.tryLock()) {
      if (lock == null) {
        log.println("another daemon serves " + socket);
        return false;
      }
      Optional<Object> jarState = jarState();
      Files.deleteIfExists(socket);
      server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
      server.bind(UnixDomainSocketAddress.of(socket));
      Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
      new DaemonInfo(ProcessHandle.current().pid(), Instant.now(), idle, identity).write(socket);
      Thread stopper = new Thread(this::stopAndDrain, "ssot-daemon-stop");
      Runtime.getRuntime().addShutdownHook(stopper);
      ScheduledExecutorService checks =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "ssot-daemon-checks");
                t.setDaemon(true);
                return t;
              });
      checks.scheduleWithFixedDelay(
          () -> check(jarState),
          CHECK_EVERY.toMillis(),
          CHECK_EVERY.toMillis(),
          TimeUnit.MILLISECONDS);
      log.println("serving " + socket + " (pid " + ProcessHandle.current().pid() + ")");
      acceptUntilClosed();
      checks.shutdownNow();
      stopAndDrain();
      try {
        Runtime.getRuntime().removeShutdownHook(stopper);
      } catch (IllegalStateException e) {
        // the JVM is shutting down already: the hook runs the same cleanup
      }
      log.println("stopped after " + served.get() + " requests");
      return true;
    }
  }

  private void acceptUntilClosed() throws IOException {
    AtomicInteger ids = new AtomicInteger();
    while (true) {
      SocketChannel client;
      try {
        client = server.accept();
      } catch (ClosedChannelException e) { // also AsynchronousCloseException: closed to stop
        return;
      }
      running.incrementAndGet();
      Thread thread = new Thread(() -> serveOne(client), "ssot-request-" + ids.incrementAndGet());
      thread.setDaemon(true);
      thread.start();
    }
  }

  private void serveOne(SocketChannel client) {
    try (client) {
      BufferedInputStream fromClient = new BufferedInputStream(Channels.newInputStream(client));
      DaemonRequest request = DaemonRequest.read(new DataInputStream(fromClient));
      Frames frames = new Frames(client);
      if (!request.identity().equals(identity)) {
        frames.fallBack("this daemon runs another build or setting");
        return;
      }
      Connection connection = Connection.watch(fromClient, Thread.currentThread().getName() + "-w");
      try {
        frames.exit(handler.run(request, new DaemonStreams(frames, connection, this::retire)));
        served.incrementAndGet();
      } catch (DaemonHandler.NotServed e) {
        frames.fallBack(e.getMessage());
      } catch (RuntimeException | Error e) {
        // A fault of the daemon, not of the run: the client runs the line itself if it can.
        log.println("request failed: " + e);
        e.printStackTrace(log);
        if (e instanceof Error) {
          retire();
        }
        if (!frames.sentOutput()) {
          frames.fallBack("the daemon failed: " + e);
        }
      }
    } catch (IOException e) {
      log.println("unreadable request: " + e.getMessage());
    } finally {
      lastActive = System.nanoTime();
      running.decrementAndGet();
    }
  }

  /** Idle too long, or the jar rebuilt: stop taking requests. */
  private void check(Optional<Object> jarState) {
    if (running.get() == 0 && System.nanoTime() - lastActive > idle.toNanos()) {
      log.println("idle for " + idle + ": stopping");
      closeServer();
    } else if (!jarState.equals(jarState())) {
      log.println("the jar changed on disk: stopping");
      closeServer();
    }
  }

  private void retire() {
    log.println("retiring: no more requests after the running ones");
    closeServer();
  }

  private void closeServer() {
    try {
      ServerSocketChannel open = server;
      if (open != null) {
        open.close();
      }
    } catch (IOException e) {
      // closing is all that was wanted
    }
  }

  /** Stops accepting, lets running requests end (up to a minute), removes the socket and info. */
  private void stopAndDrain() {
    closeServer();
    long deadline = System.nanoTime() + DRAIN.toNanos();
    while (running.get() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    if (!removed.compareAndSet(false, true)) {
      return; // done once, while the lock was still held: never a successor's socket
    }
    try {
      Files.deleteIfExists(socket);
      Files.deleteIfExists(DaemonInfo.fileOf(socket));
    } catch (IOException e) {
      // a stale socket is removed by the next daemon, which takes the lock
    }
  }

  /** What identifies the jar's file on disk: its inode, size and time; a rebuild changes them. */
  private Optional<Object> jarState() {
    return jar.map(
        path -> {
          try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            return Objects.hash(a.fileKey(), a.size(), a.lastModifiedTime());
          } catch (IOException e) {
            return "missing";
          }
        });
  }
}
