package dev.ssotgardener.cli;

import dev.ssotgardener.audit.BoundedFactsCache;
import dev.ssotgardener.audit.FactsCache;
import dev.ssotgardener.daemon.DaemonHandler;
import dev.ssotgardener.daemon.DaemonRequest;
import dev.ssotgardener.daemon.DaemonStreams;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What the daemon runs: the read-only commands ({@code audit}, except a shard, which CI runs once
 * per machine; {@code rule}), each exactly as a JVM of its own would for the client, with the
 * client's working directory, environment, terminal and streams ({@link Invocation}). Anything
 * else, and a run the daemon's JVM failed before any output (out of memory with another run's heap
 * beside it), goes back to the client to run itself, so the daemon never adds a failure.
 */
final class DaemonService implements DaemonHandler {
  static final Set<String> SERVED = Set.of("audit", "rule");

  /**
   * Facts the runs served so far parsed or decoded, for the next runs: up to an eighth of the heap
   * by estimate, the least recently used dropped past it, as a history walk keeps its facts.
   */
  private final FactsCache memory = new BoundedFactsCache(Runtime.getRuntime().maxMemory() / 8);

  @Override
  public int run(DaemonRequest request, DaemonStreams streams) throws NotServed {
    List<String> args = request.args();
    if (!served(args)) {
      throw new NotServed("not a read-only command");
    }
    Charset charset = Charset.defaultCharset(); // the client's: the locale is in the identity
    Invocation invocation =
        new Invocation(
            Path.of(request.directory()),
            request.environment(),
            new PrintStream(streams.out(), true, charset),
            new PrintStream(streams.err(), true, charset),
            InputStream.nullInputStream(),
            request.console(),
            request.stderrTerminal(),
            false,
            streams::clientGone,
            memory);
    try {
      return Main.run(invocation, args.toArray(String[]::new));
    } catch (Error e) {
      streams.retire();
      if (!streams.outputSent()) {
        throw new NotServed("the daemon failed: " + e);
      }
      invocation.err().println(RuntimeFailure.describe(e));
      return ExitCodes.RUNTIME_FAILED;
    }
  }

  /**
   * A command that only reads (its report file aside), told by its words alone: a word {@code
   * --shard} anywhere, even as another option's value, sends the line back to run in-process, which
   * is always safe.
   */
  static boolean served(List<String> args) {
    return !args.isEmpty()
        && SERVED.contains(args.get(0))
        && args.stream().noneMatch(a -> a.equals("--shard") || a.startsWith("--shard="));
  }
}
