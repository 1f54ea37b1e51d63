package dev.ssotgardener.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.cache.DiskFactsCache;
import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.PolicyLoader;
import dev.ssotgardener.workspace.WalkOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A warm audit trusts recorded content ids only for files whose size and time are unchanged. */
class WarmAuditTest {
  private static final String CONFLICT = "<<<<<<< a\nx = 1\n=======\nx = 2\n>>>>>>> b\n";
  private static final String CLEAN = "x = 1\n#######\n#######\n#######\n#########\n";

  @TempDir Path repo;

  @Test
  void changedFilesAreSeenAndUnchangedOnesAreNotRead() throws Exception {
    assertThat(CLEAN).hasSameSizeAs(CONFLICT);
    Path same = write("same_size.py", CONFLICT, 120);
    write("text.txt", CONFLICT, 120);
    write("other.py", "import os\n", 120);
    assertThat(audit()).extracting(Finding::path).containsExactly("same_size.py", "text.txt");

    // Same size, new time: read again.
    Files.writeString(same, CLEAN);
    assertThat(audit()).extracting(Finding::path).containsExactly("text.txt");

    // Back to the conflict at an old time: a new size is enough to read it again.
    write("same_size.py", CONFLICT + "\n", 60);
    assertThat(audit()).extracting(Finding::path).containsExactly("same_size.py", "text.txt");

    // Size and time unchanged: trusted without reading, as git trusts its index.
    Path text = repo.resolve("text.txt");
    FileTime time = Files.getLastModifiedTime(text);
    Files.writeString(text, "<<<<<<< a\nx = 1\n=======\nx = 3\n>>>>>>> b\n");
    Files.setLastModifiedTime(text, time);
    assertThat(audit()).extracting(Finding::path).containsExactly("same_size.py", "text.txt");
  }

  @Test
  void javaFactsThatAssumedAFileAbsentAreNotReusedOnceItExists() throws Exception {
    Files.writeString(
        repo.resolve("ssot.yml"),
        "version: 1\ntruths:\n  - id: env\n    kind: api\n    canonical: com.acme.Env.get\n"
            + "    forbids: [com.legacy.Env.get]\n");
    Path app = repo.resolve("src/main/java/com/acme/App.java");
    Files.createDirectories(app.getParent());
    Files.writeString(
        app,
        "package com.acme;\nimport com.legacy.*;\nclass App {\n  String x = Env.get(\"X\");\n}\n");
    assertThat(policyAudit()).as("Env comes from the one on-demand import").hasSize(1);

    // A type of the file's own package now answers the name: App's facts change, App does not.
    Files.writeString(
        app.resolveSibling("Env.java"),
        "package com.acme;\nclass Env {\n  static String get(String k) { return k; }\n}\n");
    assertThat(policyAudit()).as("warm, App.java unchanged").isEmpty();
  }

  @Test
  void aCacheThatRemembersNothingIsNeverAskedAndChangesNothing() throws Exception {
    write("a.py", CONFLICT, 120);
    write("b.py", "import os\n", 120);
    write("notes.txt", CONFLICT, 120);
    FactsCache unasked =
        new FactsCache() {
          @Override
          public java.util.Optional<dev.ssotgardener.facts.FileFacts> get(FactsKey key) {
            throw new AssertionError("asked for " + key);
          }

          @Override
          public void put(FactsKey key, dev.ssotgardener.facts.FileFacts facts) {
            throw new AssertionError("given " + key);
          }

          @Override
          public void sawContentId(String path, long size, long modifiedNanos, String id) {
            throw new AssertionError("told of " + path);
          }

          @Override
          public boolean remembers() {
            return false;
          }
        };

    AuditResult plain =
        new Auditor(Policy.builtinOnly(), WalkOptions.defaults(), unasked).audit(repo);

    assertThat(plain.findings())
        .isEqualTo(
            new Auditor(Policy.builtinOnly(), WalkOptions.defaults(), FactsCache.inMemory())
                .audit(repo)
                .findings());
    assertThat(plain.findings()).extracting(Finding::path).contains("a.py", "notes.txt");
  }

  private List<Finding> policyAudit() throws Exception {
    Policy policy = new PolicyLoader().load(repo.resolve("ssot.yml"));
    FactsCache cache = new DiskFacts(DiskFactsCache.forRepository(repo, "test"));
    return new Auditor(policy, WalkOptions.defaults(), cache)
        .audit(repo).findings().stream().filter(f -> f.truth().equals("env")).toList();
  }

  private List<Finding> audit() throws Exception {
    DiskFactsCache disk = DiskFactsCache.forRepository(repo, "test");
    FactsCache cache = new DiskFacts(disk);
    AuditResult result =
        new Auditor(Policy.builtinOnly(), WalkOptions.defaults(), cache).audit(repo);
    return result.findings().stream().filter(f -> f.truth().equals("conflict-markers")).toList();
  }

  private Path write(String name, String text, int secondsAgo) throws Exception {
    Path file = repo.resolve(name);
    Files.writeString(file, text);
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(secondsAgo)));
    return file;
  }
}
