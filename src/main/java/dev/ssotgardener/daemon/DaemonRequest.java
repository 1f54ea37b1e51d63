package dev.ssotgardener.daemon;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One command line a client sends: the identity it expects of the daemon, where it runs, its
 * arguments and environment, and what its streams are.
 *
 * <p>On the wire (big-endian, every string a 4-byte length then its bytes): the magic {@code SSOT},
 * the protocol version, the identity, the working directory, the argument count and arguments, the
 * count of environment entries and each {@code NAME=value}, and one byte of flags (1: standard
 * input and output are a terminal, 2: standard error is one). Strings are decoded as the JVM
 * decodes its own command line and file names ({@code sun.jnu.encoding}): the daemon runs in the
 * client's locale, so a client's bytes mean to it what they would mean to a JVM of its own.
 *
 * @param identity the build and settings of the daemon the client means (see {@link DaemonServer})
 * @param directory the client's working directory, absolute
 * @param console whether the client's standard input and output are both a terminal
 * @param stderrTerminal whether the client's standard error is a terminal
 */
public record DaemonRequest(
    String identity,
    String directory,
    List<String> args,
    Map<String, String> environment,
    boolean console,
    boolean stderrTerminal) {
  static final int MAGIC = 0x53534F54;
  static final int VERSION = 1;

  private static final Charset NATIVE = nativeCharset();

  /** A string or count larger than this is no request of ours. */
  private static final int MAX = 1 << 24;

  public DaemonRequest {
    args = List.copyOf(args);
    environment = Map.copyOf(environment);
  }

  static DaemonRequest read(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC || in.readInt() != VERSION) {
      throw new IOException("not a request of this protocol");
    }
    String identity = string(in);
    String directory = string(in);
    List<String> args = new ArrayList<>();
    for (int i = count(in); i > 0; i--) {
      args.add(string(in));
    }
    Map<String, String> environment = new LinkedHashMap<>();
    for (int i = count(in); i > 0; i--) {
      String entry = string(in);
      int equals = entry.indexOf('=');
      if (equals > 0) {
        environment.putIfAbsent(entry.substring(0, equals), entry.substring(equals + 1));
      }
    }
    int flags = in.readUnsignedByte();
    return new DaemonRequest(
        identity, directory, args, environment, (flags & 1) != 0, (flags & 2) != 0);
  }

  private static Charset nativeCharset() {
    String name = System.getProperty("sun.jnu.encoding", "");
    return Charset.isSupported(name) ? Charset.forName(name) : Charset.defaultCharset();
  }

  private static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > MAX) {
      throw new IOException("a count of " + n + " in a request");
    }
    return n;
  }

  private static String string(DataInputStream in) throws IOException {
    byte[] bytes = new byte[count(in)];
    in.readFully(bytes);
    return new String(bytes, NATIVE);
  }
}
