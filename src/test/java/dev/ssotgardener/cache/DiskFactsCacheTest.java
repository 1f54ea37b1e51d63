package dev.ssotgardener.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.ImportFact;
import dev.ssotgardener.lang.python.PythonFrontend;
import dev.ssotgardener.workspace.SourceFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskFactsCacheTest {
  private static final String KEY = "ab".repeat(32);

  @TempDir Path repo;

  private static FileFacts facts() {
    String text =
        "import os\nfrom unittest import mock as m\nclass T(Base):\n  x = os.environ['A']\n"
            + "<<<<<<< HEAD\ny = 1\n=======\ny = 2\n>>>>>>> b\n";
    return new PythonFrontend(List.of("pkg/t.py"))
        .analyze(new SourceFile("pkg/t.py", text, StandardCharsets.UTF_8, false));
  }

  @Test
  void storedFactsComeBackEqual() {
    FileFacts facts = facts();
    assertThat(facts.imports()).extracting(ImportFact::module).isNotEmpty();
    assertThat(facts.conflicts()).isNotEmpty();
    DiskFactsCache cache = DiskFactsCache.forRepository(repo, "1.0");
    assertThat(cache.get(KEY)).isEmpty();
    cache.put(KEY, facts);
    assertThat(cache.get(KEY)).as("before the save, in this audit").contains(facts);
    cache.save();
    assertThat(new DiskFactsCache(repo.resolve(".ssot/cache"), "1.0").get(KEY)).contains(facts);
  }

  @Test
  void factsWithEveryKindOfPartSurviveTheBinaryForm() {
    RecordCodec<FileFacts> codec = new RecordCodec<>(FileFacts.class);
    String text =
        "é = '日本🎉'\nfrom . import *\nclass T(Base):  # ssot: ignore[x] reason\n  def f(:\n"
            + "if __name__ == '__main__':\n    main()\n";
    FileFacts facts =
        new PythonFrontend(List.of("pkg/t.py"))
            .analyze(new SourceFile("pkg/t.py", text, StandardCharsets.UTF_8, false));
    for (FileFacts each : List.of(facts(), facts)) {
      byte[] bytes = codec.encode(each);
      assertThat(codec.decode(bytes, 0, bytes.length)).isEqualTo(each);
      assertThatThrownBy(() -> codec.decode(bytes, 0, bytes.length - 1))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(facts.syntaxErrors()).isNotEmpty();
  }

  @Test
  void contentIdsOfUnchangedOldFilesAreTrustedByTheNextAudit() throws IOException {
    long old = java.time.Instant.now().minusSeconds(60).toEpochMilli() * 1_000_000L;
    long recent = java.time.Instant.now().toEpochMilli() * 1_000_000L;
    DiskFactsCache first = DiskFactsCache.forRepository(repo, "1.0");
    assertThat(first.knownContentId("a.py", 10, old)).isEmpty();
    first.sawContentId("a.py", 10, old, "id-a");
    first.sawContentId("b.py", 10, recent, "id-b");
    first.save();

    DiskFactsCache next = DiskFactsCache.forRepository(repo, "1.0");
    assertThat(next.knownContentId("a.py", 10, old)).contains("id-a");
    assertThat(next.knownContentId("a.py", 11, old)).as("size changed").isEmpty();
    assertThat(next.knownContentId("a.py", 10, old + 1)).as("time changed").isEmpty();
    assertThat(next.knownContentId("b.py", 10, recent))
        .as("modified within the racy window before the audit that recorded it")
        .isEmpty();
    next.save(); // saw nothing: the manifest of the first audit stays
    assertThat(DiskFactsCache.forRepository(repo, "1.0").knownContentId("a.py", 10, old))
        .contains("id-a");

    try (var files = Files.walk(repo.resolve(".ssot/cache"))) {
      for (Path manifest : files.filter(p -> p.endsWith("manifest")).toList()) {
        Files.write(manifest, java.util.Arrays.copyOf(Files.readAllBytes(manifest), 30));
      }
    }
    assertThat(DiskFactsCache.forRepository(repo, "1.0").knownContentId("a.py", 10, old))
        .as("a truncated manifest trusts nothing")
        .isEmpty();
  }

  @Test
  void anotherToolVersionNeverReadsTheEntries() {
    DiskFactsCache cache = DiskFactsCache.forRepository(repo, "1.0");
    cache.put(KEY, facts());
    cache.save();
    assertThat(DiskFactsCache.forRepository(repo, "1.1").get(KEY)).isEmpty();
  }

  @Test
  void cachesOfOtherBuildsGoOnceNoRunHasWrittenThemForAnHour() throws IOException {
    for (String version : List.of("0.9", "1.0")) {
      DiskFactsCache cache = DiskFactsCache.forRepository(repo, version);
      cache.put(KEY, facts());
      cache.save();
    }
    Path cacheRoot = repo.resolve(".ssot/cache");
    Path old = cacheRoot.resolve("2-0.9");
    Path recent = cacheRoot.resolve("2-1.0");
    assertThat(old).isDirectory();
    Files.setLastModifiedTime(old, FileTime.fromMillis(System.currentTimeMillis() - 7_200_000));

    DiskFactsCache current = DiskFactsCache.forRepository(repo, "1.1");
    current.put(KEY, facts());
    current.save();

    assertThat(old).doesNotExist();
    assertThat(recent).as("another build used within the hour").isDirectory();
    assertThat(cacheRoot.resolve(".gitignore")).exists();
    assertThat(DiskFactsCache.forRepository(repo, "1.1").get(KEY)).isPresent();
  }

  @Test
  void aTornOrCorruptPackIsNeverTrustedAndIsRebuilt() throws IOException {
    DiskFactsCache cache = DiskFactsCache.forRepository(repo, "1.0");
    cache.put(KEY, facts());
    cache.save();
    Path pack = onlyPack();
    byte[] whole = Files.readAllBytes(pack);
    for (int cut : new int[] {0, 10, whole.length / 2, whole.length - 1}) {
      Files.write(pack, Arrays.copyOf(whole, cut));
      assertThat(DiskFactsCache.forRepository(repo, "1.0").get(KEY)).as("cut at " + cut).isEmpty();
    }
    byte[] flipped = whole.clone();
    flipped[whole.length / 2] ^= 0x40;
    Files.write(pack, flipped);
    assertThat(DiskFactsCache.forRepository(repo, "1.0").get(KEY)).as("one bit").isEmpty();

    DiskFactsCache rebuilding = DiskFactsCache.forRepository(repo, "1.0");
    assertThat(rebuilding.get(KEY)).isEmpty();
    rebuilding.put(KEY, facts());
    rebuilding.save();
    assertThat(DiskFactsCache.forRepository(repo, "1.0").get(KEY)).contains(facts());
  }

  @Test
  void aPackOfAnotherShapeOfFactsIsNeverRead() throws IOException {
    DiskFactsCache cache = DiskFactsCache.forRepository(repo, "1.0");
    cache.put(KEY, facts());
    cache.save();
    Path pack = onlyPack();
    byte[] bytes = Files.readAllBytes(pack);
    int schemaAt = "ssot-facts-pack-1\n".length();
    bytes[schemaAt] ^= 1; // another schema, checksum made right again
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 4);
    ByteBuffer.wrap(bytes, bytes.length - 4, 4).putInt((int) crc.getValue());
    Files.write(pack, bytes);
    assertThat(DiskFactsCache.forRepository(repo, "1.0").get(KEY)).isEmpty();
  }

  @Test
  void anAuditThatChangedNothingLeavesThePackAndEntriesNotUsedDropOut() throws IOException {
    String other = "cd".repeat(32);
    DiskFactsCache first = DiskFactsCache.forRepository(repo, "1.0");
    first.put(KEY, facts());
    first.put(other, facts());
    first.save();
    Path pack = onlyPack();
    Files.setLastModifiedTime(pack, FileTime.fromMillis(0));

    DiskFactsCache same = DiskFactsCache.forRepository(repo, "1.0");
    assertThat(same.get(KEY)).isPresent();
    assertThat(same.get(other)).isPresent();
    same.save();
    assertThat(Files.getLastModifiedTime(pack).toMillis()).as("not rewritten").isZero();

    DiskFactsCache fewer = DiskFactsCache.forRepository(repo, "1.0");
    assertThat(fewer.get(KEY)).isPresent();
    fewer.save();
    DiskFactsCache next = DiskFactsCache.forRepository(repo, "1.0");
    assertThat(next.get(KEY)).contains(facts());
    assertThat(next.get(other)).isEmpty();
  }

  private Path onlyPack() throws IOException {
    try (var files = Files.walk(repo.resolve(".ssot/cache"))) {
      List<Path> packs = files.filter(p -> p.endsWith("facts.pack")).toList();
      assertThat(packs).hasSize(1);
      return packs.get(0);
    }
  }

  @Test
  void theCacheIsIgnoredByGitAndLeavesNoTempFiles() throws IOException {
    DiskFactsCache cache = DiskFactsCache.forRepository(repo, "1.0");
    cache.put(KEY, facts());
    cache.save();
    assertThat(repo.resolve(".ssot/cache/.gitignore")).hasContent("*");
    try (var files = Files.walk(repo)) {
      assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
    }
  }

  @Test
  void keysThatAreNotHashesAreNeverPaths() {
    DiskFactsCache cache = DiskFactsCache.forRepository(repo, "1.0");
    cache.put("../../escape", facts());
    assertThat(cache.get("../../escape")).isEmpty();
    cache.save();
    assertThat(repo.resolve(".ssot")).doesNotExist();
  }

  @Test
  void concurrentAuditsLeaveOneWholePack() throws Exception {
    FileFacts facts = facts();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> audits =
          IntStream.range(0, 16)
              .<Future<?>>mapToObj(
                  i ->
                      pool.submit(
                          () -> {
                            DiskFactsCache cache = DiskFactsCache.forRepository(repo, "1.0");
                            cache.get(KEY);
                            cache.put(KEY, facts);
                            cache.put(String.format("%064x", i), facts);
                            cache.save();
                          }))
              .toList();
      for (Future<?> audit : audits) {
        audit.get();
      }
    } finally {
      pool.shutdown();
    }
    DiskFactsCache after = DiskFactsCache.forRepository(repo, "1.0");
    assertThat(after.get(KEY)).contains(facts);
    assertThat(IntStream.range(0, 16).filter(i -> after.get(String.format("%064x", i)).isPresent()))
        .as("the last audit's own entry at least")
        .isNotEmpty();
  }

  @Test
  void overlappingRunsSharingAFolderKeepWhatTheOthersWrote() {
    String mine = "01".repeat(32);
    String theirs = "02".repeat(32);
    DiskFactsCache first = DiskFactsCache.forRepository(repo, "1.0");
    DiskFactsCache second = DiskFactsCache.forRepository(repo, "1.0");
    assertThat(first.get(mine)).isEmpty();
    assertThat(second.get(theirs)).as("both read the pack before either writes").isEmpty();
    first.put(mine, facts());
    first.save();
    second.put(theirs, facts());
    second.save();
    DiskFactsCache next = DiskFactsCache.forRepository(repo, "1.0");
    assertThat(next.get(mine)).contains(facts());
    assertThat(next.get(theirs)).contains(facts());
  }

  @Test
  void aJarRebuiltFromTheSameSourcesIsTheSameBuild(@TempDir Path jars) throws IOException {
    Path one = jar(jars.resolve("one.jar"), 0, "class bytes");
    Path rebuilt = jar(jars.resolve("rebuilt.jar"), 86_400_000, "class bytes");
    Path changed = jar(jars.resolve("changed.jar"), 0, "other bytes");
    assertThat(DiskFactsCache.contentDigest(rebuilt)).isEqualTo(DiskFactsCache.contentDigest(one));
    assertThat(DiskFactsCache.contentDigest(changed))
        .isNotEqualTo(DiskFactsCache.contentDigest(one));
  }

  private static Path jar(Path file, long time, String content) throws IOException {
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      for (String name : List.of("a/A.class", "b/B.class")) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(time);
        out.putNextEntry(entry);
        out.write((name + content).getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    Files.setLastModifiedTime(file, FileTime.fromMillis(time));
    return file;
  }

  @Test
  void anUnwritableCacheCostsNothingButSpeed() throws IOException {
    Path file = repo.resolve("not-a-dir");
    Files.writeString(file, "x");
    DiskFactsCache cache = new DiskFactsCache(file, "1.0");
    cache.put(KEY, facts());
    cache.save();
    assertThat(new DiskFactsCache(file, "1.0").get(KEY)).isEmpty();
  }
}
