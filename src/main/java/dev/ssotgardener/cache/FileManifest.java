package dev.ssotgardener.cache;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The content id of each file of the last audit with the size and modification time it had, so the
 * next audit need not read a file whose size and time are unchanged (git's index does the same). An
 * entry is trusted only if the file was modified at least {@link #RACY_NANOS} before that audit
 * began: a file changed during or just before an audit, within the file system's timestamp
 * granularity, is always read again. A missing, foreign or corrupt manifest is simply empty; it is
 * written whole to a temp file and renamed, so concurrent audits and crashes leave a valid one.
 */
final class FileManifest {
  private static final String MAGIC = "ssot-manifest-1";
  private static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);

  private final Map<String, Entry> previous;
  private final long previousStart;
  private final long start;
  private final Map<String, Entry> seen = new ConcurrentHashMap<>();

  private FileManifest(Map<String, Entry> previous, long previousStart, long start) {
    this.previous = previous;
    this.previousStart = previousStart;
    this.start = start;
  }

  /** The manifest stored at {@code file}, read at the start of an audit at {@code startNanos}. */
  static FileManifest load(Path file, long startNanos) {
    Map<String, Entry> entries = new HashMap<>();
    long savedStart = Long.MIN_VALUE;
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      if (in.readUTF().equals(MAGIC)) {
        long started = in.readLong();
        for (int n = in.readInt(); n > 0; n--) {
          String path = in.readUTF();
          entries.put(path, new Entry(in.readLong(), in.readLong(), in.readUTF()));
        }
        savedStart = started;
      }
    } catch (IOException | RuntimeException e) {
      entries.clear(); // absent, truncated or foreign: nothing is trusted
      savedStart = Long.MIN_VALUE;
    }
    return new FileManifest(entries, savedStart, startNanos);
  }

  Optional<String> contentId(String path, long size, long modifiedNanos) {
    Entry entry = previous.get(path);
    if (entry == null
        || entry.size != size
        || entry.modified != modifiedNanos
        || modifiedNanos > previousStart - RACY_NANOS) {
      return Optional.empty();
    }
    return Optional.of(entry.contentId);
  }

  void record(String path, long size, long modifiedNanos, String contentId) {
    seen.put(path, new Entry(size, modifiedNanos, contentId));
  }

  boolean recordedAny() {
    return !seen.isEmpty();
  }

  /** The entries recorded in this audit (files gone since drop out), atomically at {@code file}. */
  void save(Path file) throws IOException {
    if (seen.isEmpty()) {
      return;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * seen.size() + 64);
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(bytes))) {
      out.writeUTF(MAGIC);
      out.writeLong(start);
      out.writeInt(seen.size());
      for (Map.Entry<String, Entry> e : seen.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeLong(e.getValue().size);
        out.writeLong(e.getValue().modified);
        out.writeUTF(e.getValue().contentId);
      }
    }
    DiskFactsCache.writeAtomically(file, bytes.toByteArray());
  }

  private record Entry(long size, long modified, String contentId) {}
}
