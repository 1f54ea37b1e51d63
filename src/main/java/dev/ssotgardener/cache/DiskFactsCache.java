package dev.ssotgardener.cache;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.workspace.AtomicFiles;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Facts on disk, keyed by content: one pack of every entry ({@link FactsPack}) and a manifest of
 * file content ids ({@link FileManifest}) under {@code DIR/<format>-<tool version>/}. The pack is
 * read once, on the first lookup; entries found or added during the audit make the next pack,
 * written whole to a temp file and renamed by {@link #save}, so concurrent audits and a crash leave
 * the old pack or a new one, never a torn one (and a pack that fails its checksum is ignored).
 * Nothing here ever fails an audit: an unwritable directory just means no cache.
 */
public final class DiskFactsCache {
  /** Bumped whenever the stored form of facts changes incompatibly. */
  private static final String FORMAT = "2";

  private static final String PACK = "facts.pack";
  private static final Pattern KEY = Pattern.compile("[0-9a-f]{16,128}");

  /** A cache folder of some tool build: {@code <format>-<tool version>}. */
  private static final Pattern BUILD_FOLDER = Pattern.compile("[0-9]+-[A-Za-z0-9._-]+");

  private static final Duration STALE_AFTER = Duration.ofHours(1);

  private final Path root;
  private final Path directory;
  private final RecordCodec<FileFacts> codec = new RecordCodec<>(FileFacts.class);
  private FileManifest manifest;
  private FactsPack pack;
  private final Set<String> used = ConcurrentHashMap.newKeySet();
  private final Map<String, byte[]> added = new ConcurrentHashMap<>();

  /**
   * @param root where caches live, e.g. {@code REPO/.ssot/cache}
   * @param toolVersion entries of another tool build are never read (see {@link #toolVersion})
   */
  public DiskFactsCache(Path root, String toolVersion) {
    this.root = root;
    this.directory = root.resolve(FORMAT + "-" + toolVersion.replaceAll("[^A-Za-z0-9._-]", "_"));
  }

  /** The cache of the repository at {@code repository}: {@code .ssot/cache/} inside it. */
  public static DiskFactsCache forRepository(Path repository, String toolVersion) {
    return new DiskFactsCache(repository.resolve(".ssot").resolve("cache"), toolVersion);
  }

  /**
   * This build of the tool: the version plus a digest of the jar it runs from, so a jar built from
   * other sources never reads facts an older build wrote, while the same sources built on another
   * machine (a CI job restoring a cache another wrote) share them.
   */
  public static String toolVersion(String version) {
    return version + "-" + Build.DIGEST;
  }

  /**
   * The jar's digest, taken once per JVM: a resident daemon would otherwise read the jar's
   * directory on every run, and it stops when its jar changes.
   */
  private static final class Build {
    static final String DIGEST = digest();

    private static String digest() {
      CodeSource source = DiskFactsCache.class.getProtectionDomain().getCodeSource();
      try {
        Path code = source == null ? null : Path.of(source.getLocation().toURI());
        if (code != null && Files.isRegularFile(code)) {
          return contentDigest(code);
        }
      } catch (IOException | URISyntaxException | RuntimeException e) {
        // unknown origin: a version of its own
      }
      return "classes";
    }
  }

  /**
   * A digest of what a jar holds: each entry's name, size and CRC, as its central directory lists
   * them (read without inflating anything), not the time stamps a rebuild changes.
   */
  static String contentDigest(Path jar) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      List<ZipEntry> entries = new ArrayList<>(Collections.list(zip.entries()));
      entries.sort(Comparator.comparing(ZipEntry::getName));
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      ByteBuffer numbers = ByteBuffer.allocate(2 * Long.BYTES);
      for (ZipEntry entry : entries) {
        digest.update(entry.getName().getBytes(StandardCharsets.UTF_8));
        digest.update(numbers.clear().putLong(entry.getSize()).putLong(entry.getCrc()).array());
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  public Optional<FileFacts> get(String key) {
    if (!KEY.matcher(key).matches()) {
      return Optional.empty();
    }
    try {
      byte[] fresh = added.get(key);
      FileFacts facts =
          fresh != null ? codec.decode(fresh, 0, fresh.length) : pack().read(key, codec::decode);
      if (facts != null) {
        used.add(key);
      }
      return Optional.ofNullable(facts);
    } catch (RuntimeException e) {
      return Optional.empty(); // undecodable: a miss, replaced by the next put
    }
  }

  /**
   * Counts {@code facts}, found in memory (a daemon keeps the facts of recent audits), as found
   * here: the next pack keeps its entry, or gets one if this pack lacks it (another run wrote the
   * pack since, or the folder was deleted).
   */
  public void keep(String key, FileFacts facts) {
    if (!KEY.matcher(key).matches()) {
      return;
    }
    if (added.containsKey(key) || pack().keys().contains(key)) {
      used.add(key);
    } else {
      put(key, facts);
    }
  }

  /** Keeps {@code facts} for this audit's lookups and for the pack {@link #save} writes. */
  public void put(String key, FileFacts facts) {
    if (KEY.matcher(key).matches()) {
      added.put(key, codec.encode(facts));
    }
  }

  /**
   * The content id recorded by the last audit for {@code path} at this size and modification time
   * (nanoseconds since the epoch), if it can be trusted without reading the file.
   */
  public Optional<String> knownContentId(String path, long size, long modifiedNanos) {
    return manifest().contentId(path, size, modifiedNanos);
  }

  /** Records a file's content id for the next audit; kept by {@link #saveContentIds}. */
  public void sawContentId(String path, long size, long modifiedNanos, String contentId) {
    manifest().record(path, size, modifiedNanos, contentId);
  }

  /**
   * Writes what this audit learned: the content ids it recorded and, unless it changed nothing, a
   * pack of the entries it used or added (entries of files gone drop out). A failure costs only
   * speed.
   */
  public void save() {
    try {
      boolean packChanged = !added.isEmpty() || !used.equals(pack().keys());
      if (packChanged || manifest().recordedAny()) {
        ignoredByGit();
      }
      if (packChanged) {
        writeAtomically(
            directory.resolve(PACK), pack().write(codec.schema(), used, withOthersSinceRead()));
      }
      manifest().save(directory.resolve("manifest"));
      if (packChanged) {
        pruneOtherBuilds();
      }
    } catch (IOException | RuntimeException e) {
      // a read-only or full disk costs speed, never the audit
    }
  }

  /**
   * The entries this run added, and those another run sharing the folder (another shard, branch or
   * checkout) wrote since this one read the pack: they are that run's to drop, not this one's, so
   * concurrent runs each keep what the others learned (the one whose rename lands last still wins
   * any entries written in between).
   */
  private Map<String, byte[]> withOthersSinceRead() {
    FactsPack now = FactsPack.read(directory.resolve(PACK), codec.schema());
    Set<String> read = pack().keys();
    Map<String, byte[]> entries = new HashMap<>(added);
    for (String key : now.keys()) {
      if (!read.contains(key) && !entries.containsKey(key)) {
        entries.put(
            key, now.read(key, (bytes, at, length) -> Arrays.copyOfRange(bytes, at, at + length)));
      }
    }
    return entries;
  }

  /**
   * Deletes the caches of other tool builds (every rebuilt jar starts a folder of its own) once no
   * run has written them for a while, so two builds used side by side keep theirs.
   */
  private void pruneOtherBuilds() throws IOException {
    long cutoff = System.currentTimeMillis() - STALE_AFTER.toMillis();
    try (Stream<Path> folders = Files.list(root)) {
      for (Path folder : folders.toList()) {
        if (!folder.equals(directory)
            && BUILD_FOLDER.matcher(folder.getFileName().toString()).matches()
            && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
            && Files.getLastModifiedTime(folder).toMillis() < cutoff) {
          deleteTree(folder);
        }
      }
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  private synchronized FactsPack pack() {
    if (pack == null) {
      pack = FactsPack.read(directory.resolve(PACK), codec.schema());
    }
    return pack;
  }

  /** Loaded on first use, which is before this audit reads any file (the racy-time rule). */
  private synchronized FileManifest manifest() {
    if (manifest == null) {
      Instant now = Instant.now();
      long nanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
      manifest = FileManifest.load(directory.resolve("manifest"), nanos);
    }
    return manifest;
  }

  /**
   * The cache folder ignores itself, so git and the audit's own walk (which honours {@code
   * .gitignore} files) never see it.
   */
  private void ignoredByGit() throws IOException {
    Path ignore = root.resolve(".gitignore");
    if (!Files.exists(ignore)) {
      Files.createDirectories(root);
      writeAtomically(ignore, "*\n".getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Cache entries are disposable: atomic, but not flushed to disk one by one. */
  static void writeAtomically(Path target, byte[] bytes) throws IOException {
    AtomicFiles.writeUnsynced(target, bytes);
  }
}
