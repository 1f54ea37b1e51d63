package dev.ssotgardener.daemon;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;

/**
 * What the daemon sends back for one request, as frames of one type byte, a 4-byte length and the
 * bytes: standard output, standard error, then the exit code, or instead of everything a request to
 * run the command line in a JVM of its own. Frames leave in the order they are written, from any
 * thread. A client that has gone makes later frames vanish: the run ends as it would with a closed
 * pipe, never with an error of the daemon.
 */
final class Frames {
  static final byte OUT = 1;
  static final byte ERR = 2;
  static final byte EXIT = 3;
  static final byte FALLBACK = 4;

  private final WritableByteChannel channel;
  private boolean sent;
  private boolean broken;

  Frames(WritableByteChannel channel) {
    this.channel = channel;
  }

  /** A stream whose every write is one frame of {@code type}. */
  OutputStream stream(byte type) {
    return new OutputStream() {
      @Override
      public void write(int b) {
        send(type, new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        send(type, b, off, len);
      }
    };
  }

  void exit(int code) {
    send(EXIT, ByteBuffer.allocate(4).putInt(code).array(), 0, 4);
  }

  /** Asks the client to run the command line itself; only before any output was sent. */
  void fallBack(String reason) {
    byte[] text = reason.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    send(FALLBACK, text, 0, text.length);
  }

  /** Whether any output reached the client, after which it can no longer run the line itself. */
  synchronized boolean sentOutput() {
    return sent;
  }

  private synchronized void send(byte type, byte[] bytes, int off, int len) {
    if (len == 0 && type != FALLBACK) {
      return;
    }
    sent |= type == OUT || type == ERR;
    if (broken) {
      return;
    }
    ByteBuffer frame = ByteBuffer.allocate(5 + len).put(type).putInt(len).put(bytes, off, len);
    frame.flip();
    try {
      while (frame.hasRemaining()) {
        channel.write(frame);
      }
    } catch (IOException e) {
      broken = true; // the client went away; the run finishes unheard
    }
  }
}
