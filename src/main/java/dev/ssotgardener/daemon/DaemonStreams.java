package dev.ssotgardener.daemon;

import java.io.OutputStream;

/** One request's side of the connection, as its handler sees it. */
public final class DaemonStreams {
  private final Frames frames;
  private final Connection connection;
  private final Runnable retire;

  DaemonStreams(Frames frames, Connection connection, Runnable retire) {
    this.frames = frames;
    this.connection = connection;
    this.retire = retire;
  }

  /** The client's standard output. */
  public OutputStream out() {
    return frames.stream(Frames.OUT);
  }

  /** The client's standard error. */
  public OutputStream err() {
    return frames.stream(Frames.ERR);
  }

  /** Whether any output reached the client: after it, the client cannot run the line itself. */
  public boolean outputSent() {
    return frames.sentOutput();
  }

  /** Whether the client has gone (killed, interrupted): the run's output has nowhere to go. */
  public boolean clientGone() {
    return connection.clientGone();
  }

  /**
   * Asks the daemon to serve no more requests once the running ones end: after an {@link Error},
   * such as running out of memory, a JVM is not to be trusted with the next run.
   */
  public void retire() {
    retire.run();
  }
}
