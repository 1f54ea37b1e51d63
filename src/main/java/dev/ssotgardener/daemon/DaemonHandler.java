package dev.ssotgardener.daemon;

/** Runs the command lines a daemon receives: the CLI's part of the daemon. */
@FunctionalInterface
public interface DaemonHandler {
  /**
   * Runs {@code request} with its output on {@code streams}.
   *
   * @return the exit code the client exits with
   * @throws NotServed before any output, when the client must run the line in a JVM of its own
   */
  int run(DaemonRequest request, DaemonStreams streams) throws NotServed;

  /** A command line the daemon does not run (a writing command, another build's client). */
  final class NotServed extends Exception {
    private static final long serialVersionUID = 1L;

    public NotServed(String reason) {
      super(reason);
    }
  }
}
