package dev.ssotgardener.shard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.audit.AuditProgress;
import dev.ssotgardener.audit.Auditor;
import dev.ssotgardener.audit.FactsCache;
import dev.ssotgardener.audit.Gathered;
import dev.ssotgardener.audit.Shard;
import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.PolicyLoader;
import dev.ssotgardener.report.JsonRenderer;
import dev.ssotgardener.report.ReportContext;
import dev.ssotgardener.report.SarifRenderer;
import dev.ssotgardener.report.TextRenderer;
import dev.ssotgardener.workspace.WalkOptions;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's "done when": the merge of N shard results (N = 1, 2, 4, 7), each written to bytes and
 * read back, gives the unsharded audit's result and its JSON, SARIF and text reports, on the
 * bundled example and on a generated repository whose findings need files of other shards.
 */
class ShardMergeTest {
  private static final String VERSION = "test";
  private static final int[] COUNTS = {1, 2, 4, 7};

  @Test
  void theBundledExampleMergesToTheUnshardedReport() throws Exception {
    Path root = Path.of("examples/golden-path");
    AuditResult whole = assertShardsMergeToTheWhole(root, root);
    assertThat(whole.findings()).hasSize(13);
  }

  @Test
  void findingsThatNeedOtherShardsComeOutOfTheMerge(@TempDir Path dir) throws Exception {
    CrossFileRepository.write(dir);
    AuditResult whole = assertShardsMergeToTheWhole(dir, dir);
    assertThat(whole.findings())
        .extracting(Finding::truth)
        .contains(
            "dangling-imports",
            "base-test-case",
            "engine",
            "environment",
            "conflict-markers",
            "unparsable");
    assertThat(whole.findings())
        .filteredOn(f -> f.path().equals("docs/notes.txt"))
        .extracting(Finding::snippet)
        .containsExactly("<<<<<<< HEAD");
    assertThat(whole.summary().skipped()).containsEntry("binary", 1);
    assertThat(whole.warnings()).singleElement().asString().contains("nowhere/**");
    // What makes the case: the files a finding depends on lie in other shards.
    Shard[] shards = shardsOf(7);
    assertThat(shardsHolding(shards, CrossFileRepository.ENGINE_FILES)).hasSizeGreaterThan(1);
    assertThat(shardsHolding(shards, CrossFileRepository.BASE_CHAIN)).hasSizeGreaterThan(2);
    assertThat(shardsHolding(shards, CrossFileRepository.IMPORT_CHAIN)).hasSizeGreaterThan(2);
  }

  @Test
  void aFolderOfARepositoryMergesWithTheFilesItsNamesReach(@TempDir Path dir) throws Exception {
    CrossFileRepository.write(dir);
    AuditResult whole = assertShardsMergeToTheWhole(dir, dir.resolve("tests"));
    assertThat(whole.findings())
        .extracting(f -> f.truth() + " " + f.path())
        .contains("dangling-imports unit/test_1.py");
  }

  @Test
  void aMarkersOnlyPolicyMergesToo(@TempDir Path dir) throws Exception {
    CrossFileRepository.write(dir);
    Files.writeString(
        dir.resolve("ssot.yml"),
        "version: 1\nchecks: {conflict-markers: error, dangling-imports: off, unparsable: off,"
            + " invalid-suppression: off}\n");
    AuditResult whole = assertShardsMergeToTheWhole(dir, dir);
    assertThat(whole.findings()).extracting(Finding::truth).containsOnly("conflict-markers");
  }

  private static AuditResult assertShardsMergeToTheWhole(Path repository, Path folder)
      throws Exception {
    Policy policy = new PolicyLoader().loadFromRoot(repository).orElseThrow();
    Auditor auditor = new Auditor(policy, WalkOptions.defaults(), FactsCache.none());
    AuditResult whole = auditor.audit(repository, folder, AuditProgress.none());
    ReportContext context = ReportContext.of(policy, folder);
    ShardResultFormat format = new ShardResultFormat(VERSION);
    PolicyFile policyFile =
        new PolicyFile(
            policy.source().orElseThrow().toString(),
            Files.readAllBytes(policy.source().orElseThrow()));
    for (int count : COUNTS) {
      List<ShardMerge.Named> parts = new ArrayList<>();
      // Given in reverse, as artifacts may come back in any order.
      for (int index = count; index >= 1; index--) {
        Shard shard = new Shard(index, count);
        Gathered gathered = auditor.gather(repository, folder, shard, AuditProgress.none());
        ShardResult result =
            ShardResult.of(VERSION, shard, "--max-file-size 1", Optional.of(policyFile), gathered);
        byte[] bytes = format.write(result);
        parts.add(new ShardMerge.Named("shard-" + index, format.read("shard-" + index, bytes)));
      }
      Policy carried =
          new PolicyLoader()
              .load(Path.of(policyFile.name()), parts.get(0).result().policy().get().bytes());
      AuditResult merged =
          new Auditor(carried, WalkOptions.defaults()).judge(ShardMerge.gather(parts));
      assertThat(merged).as("%d shards", count).isEqualTo(whole);
      ReportContext mergedContext = ReportContext.of(carried, Path.of(merged.root()));
      assertThat(json(merged)).as("json, %d shards", count).isEqualTo(json(whole));
      assertThat(sarif(merged, mergedContext))
          .as("sarif, %d shards", count)
          .isEqualTo(sarif(whole, context));
      assertThat(text(merged)).as("text, %d shards", count).isEqualTo(text(whole));
    }
    return whole;
  }

  private static Shard[] shardsOf(int count) {
    Shard[] shards = new Shard[count];
    for (int i = 0; i < count; i++) {
      shards[i] = new Shard(i + 1, count);
    }
    return shards;
  }

  private static Set<Integer> shardsHolding(Shard[] shards, List<String> paths) {
    Set<Integer> holding = new HashSet<>();
    for (String path : paths) {
      for (Shard shard : shards) {
        if (shard.holds(path)) {
          holding.add(shard.index());
        }
      }
    }
    return holding;
  }

  private static String json(AuditResult result) throws IOException {
    StringWriter out = new StringWriter();
    new JsonRenderer(VERSION).render(result, out);
    return out.toString();
  }

  private static String sarif(AuditResult result, ReportContext context) throws IOException {
    StringWriter out = new StringWriter();
    new SarifRenderer(VERSION, context).render(result, out);
    return out.toString();
  }

  private static String text(AuditResult result) throws IOException {
    StringWriter out = new StringWriter();
    new TextRenderer(false).render(result, out);
    return out.toString();
  }
}
