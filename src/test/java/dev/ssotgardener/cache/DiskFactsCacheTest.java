package dev.ssotgardener.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.ImportFact;
import dev.ssotgardener.lang.python.PythonFrontend;
import dev.ssotgardener.workspace.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
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
    assertThat(new DiskFactsCache(repo.resolve(".ssot/cache"), "1.0").get(KEY)).contains(facts);
  }

  @Test
  void contentIdsOfUnchangedOldFilesAreTrustedByTheNextAudit() throws IOException {
    long old = java.time.Instant.now().minusSeconds(60).toEpochMilli() * 1_000_000L;
    long recent = java.time.Instant.now().toEpochMilli() * 1_000_000L;
    DiskFactsCache first = DiskFactsCache.forRepository(repo, "1.0");
    assertThat(first.knownContentId("a.py", 10, old)).isEmpty();
    first.sawContentId("a.py", 10, old, "id-a");
    first.sawContentId("b.py", 10, recent, "id-b");
    first.saveContentIds();

    DiskFactsCache next = DiskFactsCache.forRepository(repo, "1.0");
    assertThat(next.knownContentId("a.py", 10, old)).contains("id-a");
    assertThat(next.knownContentId("a.py", 11, old)).as("size changed").isEmpty();
    assertThat(next.knownContentId("a.py", 10, old + 1)).as("time changed").isEmpty();
    assertThat(next.knownContentId("b.py", 10, recent))
        .as("modified within the racy window before the audit that recorded it")
        .isEmpty();
    next.saveContentIds(); // saw nothing: the manifest of the first audit stays
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
    DiskFactsCache.forRepository(repo, "1.0").put(KEY, facts());
    assertThat(DiskFactsCache.forRepository(repo, "1.1").get(KEY)).isEmpty();
  }

  @Test
  void aCorruptEntryIsAMissAndIsReplaced() throws IOException {
    DiskFactsCache cache = DiskFactsCache.forRepository(repo, "1.0");
    cache.put(KEY, facts());
    try (var entries = Files.walk(repo.resolve(".ssot/cache"))) {
      for (Path entry : entries.filter(p -> p.toString().endsWith(".json")).toList()) {
        Files.writeString(entry, "{\"path\": \"half-writ");
      }
    }
    assertThat(cache.get(KEY)).isEmpty();
    cache.put(KEY, facts());
    assertThat(cache.get(KEY)).contains(facts());
  }

  @Test
  void theCacheIsIgnoredByGitAndLeavesNoTempFiles() throws IOException {
    DiskFactsCache.forRepository(repo, "1.0").put(KEY, facts());
    assertThat(repo.resolve(".ssot/cache/.gitignore")).hasContent("*");
    try (var files = Files.walk(repo)) {
      assertThat(files.filter(p -> p.getFileName().toString().endsWith(".part"))).isEmpty();
    }
  }

  @Test
  void keysThatAreNotHashesAreNeverPaths() {
    DiskFactsCache cache = DiskFactsCache.forRepository(repo, "1.0");
    cache.put("../../escape", facts());
    assertThat(cache.get("../../escape")).isEmpty();
    assertThat(repo.resolve(".ssot")).doesNotExist();
  }

  @Test
  void concurrentWritersOfOneKeyLeaveOneWholeEntry() throws Exception {
    FileFacts facts = facts();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> writes =
          IntStream.range(0, 16)
              .<Future<?>>mapToObj(
                  i -> pool.submit(() -> DiskFactsCache.forRepository(repo, "1.0").put(KEY, facts)))
              .toList();
      for (Future<?> write : writes) {
        write.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(DiskFactsCache.forRepository(repo, "1.0").get(KEY)).contains(facts);
  }

  @Test
  void anUnwritableCacheCostsNothingButSpeed() throws IOException {
    Path file = repo.resolve("not-a-dir");
    Files.writeString(file, "x");
    DiskFactsCache cache = new DiskFactsCache(file, "1.0");
    cache.put(KEY, facts());
    assertThat(cache.get(KEY)).isEmpty();
  }
}
