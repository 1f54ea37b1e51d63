package dev.ssotgardener.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Every cache entry of one repository in one file, read whole at the start of an audit: thousands
 * of entries cost one read, not one open and read each. Layout: a magic line, the codec's schema,
 * the entry count, then per entry its key, length and bytes, and last a CRC-32 of everything before
 * it. A pack that is short, foreign, of another schema or fails its checksum is empty: a torn or
 * corrupt pack is never trusted, only rebuilt. Immutable once read.
 */
final class FactsPack {
  private static final byte[] MAGIC = "ssot-facts-pack-1\n".getBytes(StandardCharsets.US_ASCII);
  private static final int TRAILER = Integer.BYTES;

  private final byte[] bytes;
  private final Map<String, Slice> entries;

  /** Where one entry's bytes lie in the pack. */
  private record Slice(int offset, int length) {}

  private FactsPack(byte[] bytes, Map<String, Slice> entries) {
    this.bytes = bytes;
    this.entries = entries;
  }

  static FactsPack empty() {
    return new FactsPack(new byte[0], Map.of());
  }

  /** The pack at {@code file} if it is whole and written with {@code schema}, else empty. */
  static FactsPack read(Path file, long schema) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return empty();
    } catch (IOException | RuntimeException e) {
      return empty();
    }
    try {
      return parse(bytes, schema);
    } catch (RuntimeException e) {
      return empty(); // torn, truncated or foreign
    }
  }

  private static FactsPack parse(byte[] bytes, long schema) {
    int bodyEnd = bytes.length - TRAILER;
    if (bodyEnd < MAGIC.length + Long.BYTES + Integer.BYTES
        || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      return empty();
    }
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, bodyEnd);
    if ((int) crc(bytes, bodyEnd) != ByteBuffer.wrap(bytes, bodyEnd, TRAILER).getInt()) {
      return empty();
    }
    in.position(MAGIC.length);
    if (in.getLong() != schema) {
      return empty();
    }
    int count = in.getInt();
    Map<String, Slice> entries = new HashMap<>(Math.max(16, count * 2));
    for (int i = 0; i < count; i++) {
      byte[] key = new byte[in.get() & 0xFF];
      in.get(key);
      int length = in.getInt();
      if (length < 0 || length > in.remaining()) {
        return empty();
      }
      entries.put(new String(key, StandardCharsets.US_ASCII), new Slice(in.position(), length));
      in.position(in.position() + length);
    }
    return in.hasRemaining() ? empty() : new FactsPack(bytes, entries);
  }

  Set<String> keys() {
    return entries.keySet();
  }

  /** Hands the bytes of entry {@code key} to {@code reader}; null if there is no such entry. */
  <T> T read(String key, EntryReader<T> reader) {
    Slice slice = entries.get(key);
    return slice == null ? null : reader.read(bytes, slice.offset, slice.length);
  }

  /** Decodes one entry's bytes. */
  @FunctionalInterface
  interface EntryReader<T> {
    T read(byte[] bytes, int offset, int length);
  }

  /**
   * The bytes of a pack holding {@code kept} entries of this pack and the {@code added} ones (keys
   * are short ASCII hashes; an added entry wins over a kept one).
   */
  byte[] write(long schema, Set<String> kept, Map<String, byte[]> added) {
    List<String> old = new ArrayList<>();
    long size = MAGIC.length + Long.BYTES + Integer.BYTES + TRAILER;
    for (String key : kept) {
      Slice slice = entries.get(key);
      if (slice != null && !added.containsKey(key)) {
        old.add(key);
        size += 1 + key.length() + Integer.BYTES + slice.length;
      }
    }
    for (Map.Entry<String, byte[]> entry : added.entrySet()) {
      size += 1 + entry.getKey().length() + Integer.BYTES + entry.getValue().length;
    }
    // One array of the exact size: a pack is tens of megabytes on a large repository.
    ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(size));
    out.put(MAGIC).putLong(schema).putInt(old.size() + added.size());
    for (String key : old) {
      Slice slice = entries.get(key);
      putEntry(out, key, bytes, slice.offset, slice.length);
    }
    for (Map.Entry<String, byte[]> entry : added.entrySet()) {
      putEntry(out, entry.getKey(), entry.getValue(), 0, entry.getValue().length);
    }
    byte[] pack = out.array();
    out.putInt((int) crc(pack, out.position()));
    return pack;
  }

  private static void putEntry(ByteBuffer out, String key, byte[] source, int offset, int length) {
    out.put((byte) key.length()).put(key.getBytes(StandardCharsets.US_ASCII));
    out.putInt(length).put(source, offset, length);
  }

  private static long crc(byte[] bytes, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, length);
    return crc.getValue();
  }
}
