package dev.ssotgardener.shard;

import dev.ssotgardener.audit.Shard;
import dev.ssotgardener.cache.RecordCodec;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.workspace.SkipReason;
import dev.ssotgardener.workspace.SkippedFile;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferOverflowException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The file {@code ssot audit --shard I/N --output FILE} writes, version 1. Big-endian; a string is
 * an {@code int} byte count and UTF-8; a list is an {@code int} count and its items:
 *
 * <pre>
 * "ssot-shard\n"  magic, 11 bytes
 * u16             format version (1)
 * string          ssot version
 * long            schema of the facts' binary form (RecordCodec, as in the facts cache)
 * int int         shard index I, count N
 * string string   audited root as given, listing settings
 * u8 [string int bytes]   policy present; its file name and content
 * list of string          listed files (path order)
 * list of (string string string)  skipped files: path, reason id, detail
 * list of (int bytes int bytes)   judged files: facts (RecordCodec), lines (deflated, '\n' each)
 * list of (int bytes)             context files outside the audited folder: facts
 * int             CRC-32 of every byte before it
 * </pre>
 *
 * Reading refuses, in one line naming the file, anything else: another magic, a failed checksum (a
 * truncated or corrupt file), another format, ssot version or facts schema.
 */
public final class ShardResultFormat {
  /** Bumped whenever the layout above changes. */
  static final int FORMAT = 1;

  private static final byte[] MAGIC = "ssot-shard\n".getBytes(StandardCharsets.US_ASCII);

  private final RecordCodec<FileFacts> codec = new RecordCodec<>(FileFacts.class);
  private final String version;

  /**
   * @param version this ssot's version: results of another are refused
   */
  public ShardResultFormat(String version) {
    this.version = version;
  }

  public byte[] write(ShardResult result) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write(MAGIC);
      out.writeShort(FORMAT);
      string(out, result.version());
      out.writeLong(codec.schema());
      out.writeInt(result.shard().index());
      out.writeInt(result.shard().count());
      string(out, result.root());
      string(out, result.settings());
      out.writeBoolean(result.policy().isPresent());
      if (result.policy().isPresent()) {
        string(out, result.policy().get().name());
        blob(out, result.policy().get().bytes());
      }
      out.writeInt(result.listed().size());
      for (String path : result.listed()) {
        string(out, path);
      }
      out.writeInt(result.skipped().size());
      for (SkippedFile s : result.skipped()) {
        string(out, s.path());
        string(out, s.reason().id());
        string(out, s.detail());
      }
      out.writeInt(result.judged().size());
      for (JudgedFile file : result.judged()) {
        blob(out, codec.encode(file.facts()));
        blob(out, file.deflatedLines());
      }
      out.writeInt(result.context().size());
      for (FileFacts facts : result.context()) {
        blob(out, codec.encode(facts));
      }
      CRC32 crc = new CRC32();
      crc.update(bytes.toByteArray());
      out.writeInt((int) crc.getValue());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return bytes.toByteArray();
  }

  /**
   * The shard result in {@code bytes}, read from the file {@code name}.
   *
   * @throws ShardResultException naming the file, if it is not a whole result this ssot can merge
   */
  public ShardResult read(String name, byte[] bytes) throws ShardResultException {
    if (bytes.length < MAGIC.length
        || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw new ShardResultException(name + ": not an ssot shard result (`ssot audit --shard`)");
    }
    int bodyEnd = bytes.length - Integer.BYTES;
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, Math.max(0, bodyEnd));
    if (bodyEnd < MAGIC.length
        || (int) crc.getValue() != ByteBuffer.wrap(bytes, bodyEnd, 4).getInt()) {
      throw corrupt(name);
    }
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, bodyEnd);
    in.position(MAGIC.length);
    try {
      int format = in.getShort() & 0xFFFF;
      if (format != FORMAT) {
        throw new ShardResultException(
            name + ": shard result format " + format + "; this ssot reads format " + FORMAT);
      }
      String writtenBy = string(in);
      if (!writtenBy.equals(version)) {
        throw new ShardResultException(
            name
                + ": written by ssot "
                + writtenBy
                + ", this is ssot "
                + version
                + "; shard and merge with one version");
      }
      if (in.getLong() != codec.schema()) {
        throw new ShardResultException(
            name + ": written by another build of ssot " + version + "; shard and merge with one");
      }
      Shard shard = new Shard(in.getInt(), in.getInt());
      String root = string(in);
      String settings = string(in);
      Optional<PolicyFile> policy =
          in.get() != 0 ? Optional.of(new PolicyFile(string(in), blob(in))) : Optional.empty();
      List<String> listed = new ArrayList<>();
      for (int n = count(in); n > 0; n--) {
        listed.add(string(in));
      }
      List<SkippedFile> skipped = new ArrayList<>();
      for (int n = count(in); n > 0; n--) {
        skipped.add(new SkippedFile(string(in), reason(string(in)), string(in)));
      }
      List<JudgedFile> judged = new ArrayList<>();
      for (int n = count(in); n > 0; n--) {
        judged.add(new JudgedFile(facts(in), blob(in)));
      }
      List<FileFacts> context = new ArrayList<>();
      for (int n = count(in); n > 0; n--) {
        context.add(facts(in));
      }
      if (in.hasRemaining()) {
        throw corrupt(name);
      }
      return new ShardResult(
          writtenBy, shard, root, settings, policy, listed, skipped, judged, context);
    } catch (BufferUnderflowException | BufferOverflowException | IllegalArgumentException e) {
      throw corrupt(name);
    }
  }

  private static ShardResultException corrupt(String name) {
    return new ShardResultException(
        name + ": not a whole ssot shard result (truncated or corrupt); write it again");
  }

  private FileFacts facts(ByteBuffer in) {
    int length = count(in);
    FileFacts facts = codec.decode(in.array(), in.position(), length);
    in.position(in.position() + length);
    return facts;
  }

  private static SkipReason reason(String id) {
    for (SkipReason reason : SkipReason.values()) {
      if (reason.id().equals(id)) {
        return reason;
      }
    }
    throw new IllegalArgumentException("unknown skip reason " + id);
  }

  /** A count or length: never negative, never more than the bytes left. */
  private static int count(ByteBuffer in) {
    int n = in.getInt();
    if (n < 0 || n > in.remaining()) {
      throw new IllegalArgumentException("a count beyond the end");
    }
    return n;
  }

  private static String string(ByteBuffer in) {
    return new String(blob(in), StandardCharsets.UTF_8);
  }

  private static byte[] blob(ByteBuffer in) {
    byte[] bytes = new byte[count(in)];
    in.get(bytes);
    return bytes;
  }

  private static void string(DataOutputStream out, String value) throws IOException {
    blob(out, value.getBytes(StandardCharsets.UTF_8));
  }

  private static void blob(DataOutputStream out, byte[] bytes) throws IOException {
    out.writeInt(bytes.length);
    out.write(bytes);
  }
}
