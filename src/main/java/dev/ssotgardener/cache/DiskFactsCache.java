package dev.ssotgardener.cache;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.workspace.AtomicFiles;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Facts on disk, one JSON file per content key under {@code DIR/<tool version>/<2 hex>/<key>}.
 * Every write is a temp file renamed atomically into place, so concurrent audits and a crash leave
 * either a whole entry or none; an entry that cannot be read is a miss and is rewritten. Nothing
 * here ever fails an audit: an unwritable directory just means no cache.
 */
public final class DiskFactsCache {
  /** Bumped whenever the stored form of facts changes incompatibly. */
  private static final String FORMAT = "1";

  private static final Pattern KEY = Pattern.compile("[0-9a-f]{16,128}");

  private final Path root;
  private final Path directory;
  private FileManifest manifest;
  private final ObjectMapper json =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

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
   * This build of the tool: the version plus the size and time of the jar it runs from, so a
   * rebuilt jar never reads facts an older build wrote.
   */
  public static String toolVersion(String version) {
    CodeSource source = DiskFactsCache.class.getProtectionDomain().getCodeSource();
    try {
      Path code = source == null ? null : Path.of(source.getLocation().toURI());
      if (code != null && Files.isRegularFile(code)) {
        return version
            + "-"
            + Long.toHexString(Files.size(code))
            + Long.toHexString(Files.getLastModifiedTime(code).toMillis());
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // unknown origin: fall through to a version of its own
    }
    return version + "-classes";
  }

  public Optional<FileFacts> get(String key) {
    Path entry = entry(key);
    if (entry == null || !Files.isRegularFile(entry)) {
      return Optional.empty();
    }
    try {
      return Optional.of(json.readValue(Files.readAllBytes(entry), FileFacts.class));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // corrupt or foreign: a miss, overwritten by the next put
    }
  }

  public void put(String key, FileFacts facts) {
    Path entry = entry(key);
    if (entry == null) {
      return;
    }
    try {
      byte[] bytes = json.writeValueAsBytes(facts);
      ignoredByGit();
      Files.createDirectories(entry.getParent());
      writeAtomically(entry, bytes);
    } catch (IOException | RuntimeException e) {
      // a read-only or full disk costs speed, never the audit
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

  /** Stores the content ids recorded in this audit; a failure costs only speed. */
  public void saveContentIds() {
    try {
      ignoredByGit();
      Files.createDirectories(directory);
      manifest().save(directory.resolve("manifest"));
    } catch (IOException | RuntimeException e) {
      // a read-only or full disk costs speed, never the audit
    }
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

  private Path entry(String key) {
    return KEY.matcher(key).matches()
        ? directory.resolve(key.substring(0, 2)).resolve(key + ".json")
        : null;
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
