package dev.ssotgardener.daemon;

import java.io.IOException;
import java.io.InputStream;

/**
 * Watches a client after its request: it sends nothing more, so the end of its side (it exited, was
 * killed or interrupted) is the one thing a read can return.
 */
final class Connection {
  private volatile boolean gone;

  /** Starts watching {@code fromClient} on a thread of its own, until it ends or is closed. */
  static Connection watch(InputStream fromClient, String name) {
    Connection connection = new Connection();
    Thread watcher =
        new Thread(
            () -> {
              try {
                while (fromClient.read() >= 0) {
                  // a client of this protocol sends nothing after its request
                }
              } catch (IOException e) {
                // closed by the end of the run, or reset by the client
              }
              connection.gone = true;
            },
            name);
    watcher.setDaemon(true);
    watcher.start();
    return connection;
  }

  boolean clientGone() {
    return gone;
  }
}
