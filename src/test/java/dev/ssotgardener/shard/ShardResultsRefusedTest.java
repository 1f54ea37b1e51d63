package dev.ssotgardener.shard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssotgardener.audit.AuditProgress;
import dev.ssotgardener.audit.Auditor;
import dev.ssotgardener.audit.Shard;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.workspace.WalkOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shard results that are not all N parts of one audit are refused in one line naming the file. */
class ShardResultsRefusedTest {
  private static final ShardResultFormat FORMAT = new ShardResultFormat("1.0");
  private static final PolicyFile POLICY =
      new PolicyFile("ssot.yml", "version: 1\n".getBytes(StandardCharsets.UTF_8));

  @TempDir Path dir;

  @BeforeEach
  void repository() throws Exception {
    for (int i = 0; i < 12; i++) {
      Files.writeString(dir.resolve("m" + i + ".py"), "import os\nX = " + i + "\n");
    }
  }

  private ShardResult shard(int index, int count, PolicyFile policy, String settings)
      throws Exception {
    Shard shard = new Shard(index, count);
    return ShardResult.of(
        "1.0",
        shard,
        settings,
        Optional.of(policy),
        new Auditor(Policy.builtinOnly(), WalkOptions.defaults())
            .gather(dir, dir, shard, AuditProgress.none()));
  }

  private ShardResult shard(int index, int count) throws Exception {
    return shard(index, count, POLICY, "s");
  }

  private static ShardMerge.Named named(String name, ShardResult result) {
    return new ShardMerge.Named(name, result);
  }

  @Test
  void aResultReadBackIsTheResultWritten() throws Exception {
    ShardResult written = shard(1, 2);
    ShardResult read = FORMAT.read("a", FORMAT.write(written));
    assertThat(read.judged())
        .extracting(f -> f.facts())
        .isEqualTo(written.judged().stream().map(JudgedFile::facts).toList());
    assertThat(read.judged().get(0).lines())
        .isEqualTo(
            List.of(
                "import os", "X = " + read.judged().get(0).facts().path().replaceAll("\\D", "")));
    assertThat(read.listed()).isEqualTo(written.listed());
    assertThat(read.policyDigest()).isEqualTo(written.policyDigest());
  }

  @Test
  void aCorruptOrTruncatedResultIsRefused() throws Exception {
    byte[] bytes = FORMAT.write(shard(1, 2));
    byte[] flipped = bytes.clone();
    flipped[bytes.length / 2] ^= 0x20;
    String message =
        "a.shard: not a whole ssot shard result (truncated or corrupt); write it again";
    assertThatThrownBy(() -> FORMAT.read("a.shard", flipped)).hasMessage(message);
    assertThatThrownBy(() -> FORMAT.read("a.shard", Arrays.copyOf(bytes, bytes.length - 9)))
        .hasMessage(message);
    assertThatThrownBy(() -> FORMAT.read("a.shard", "{}".getBytes(StandardCharsets.UTF_8)))
        .hasMessage("a.shard: not an ssot shard result (`ssot audit --shard`)");
  }

  @Test
  void aResultOfAnotherVersionIsRefused() throws Exception {
    byte[] bytes = FORMAT.write(shard(1, 2));
    assertThatThrownBy(() -> new ShardResultFormat("2.0").read("a.shard", bytes))
        .hasMessage(
            "a.shard: written by ssot 1.0, this is ssot 2.0; shard and merge with one version");
  }

  @Test
  void missingDuplicateAndMixedShardsAreRefused() throws Exception {
    ShardResult one = shard(1, 3);
    ShardResult two = shard(2, 3);
    ShardResult three = shard(3, 3);
    assertThatThrownBy(() -> ShardMerge.gather(List.of(named("a", one), named("c", three))))
        .hasMessage("missing shard 2/3 (given: a, c)");
    assertThatThrownBy(
            () ->
                ShardMerge.gather(
                    List.of(named("a", one), named("b", two), named("b2", two), named("c", three))))
        .hasMessage("shard 2/3 is given twice: b and b2");
    assertThatThrownBy(() -> ShardMerge.gather(List.of(named("a", one), named("x", shard(2, 2)))))
        .hasMessage("x is shard 2/2 but a is shard 1/3");
    assertThat(
            ShardMerge.gather(List.of(named("c", three), named("a", one), named("b", two)))
                .judged())
        .hasSize(12);
  }

  @Test
  void shardsOfAnotherPolicyOrListingAreRefused() throws Exception {
    PolicyFile other =
        new PolicyFile("ssot.yml", "version: 1\ntruths: []\n".getBytes(StandardCharsets.UTF_8));
    ShardResult one = shard(1, 2);
    assertThatThrownBy(
            () -> ShardMerge.gather(List.of(named("a", one), named("b", shard(2, 2, other, "s")))))
        .hasMessageStartingWith("b was audited with policy ssot.yml (sha256 ")
        .hasMessageContaining(" but a with policy ssot.yml (sha256 ");
    assertThatThrownBy(
            () -> ShardMerge.gather(List.of(named("a", one), named("b", shard(2, 2, POLICY, "t")))))
        .hasMessage("b listed files with t but a with s");
  }
}
