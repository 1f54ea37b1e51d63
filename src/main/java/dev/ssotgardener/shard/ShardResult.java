package dev.ssotgardener.shard;

import dev.ssotgardener.audit.Gathered;
import dev.ssotgardener.audit.Shard;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.workspace.SkippedFile;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One shard's part of an audit, all the merge needs to judge it with the other parts: the facts of
 * its files (every rule, even one that judges a single file, reads the index of the whole
 * repository, so no finding is decided before the merge), their lines for snippets, the files it
 * listed and skipped (for the summary and the policy's glob warnings), and what must be equal for
 * parts to merge.
 *
 * @param version the ssot version that wrote it
 * @param root the audited folder as the shard's command line gave it
 * @param settings how files were listed ({@code --max-file-size}, {@code --follow-symlinks})
 * @param policy the policy file; empty for the built-in checks alone
 * @param context facts of files outside the audited folder that its names reach
 */
public record ShardResult(
    String version,
    Shard shard,
    String root,
    String settings,
    Optional<PolicyFile> policy,
    List<String> listed,
    List<SkippedFile> skipped,
    List<JudgedFile> judged,
    List<FileFacts> context) {
  /** Stands for the policy of a shard audited with the built-in checks alone. */
  static final String BUILT_IN = "built-in checks";

  public ShardResult {
    listed = List.copyOf(listed);
    skipped = List.copyOf(skipped);
    judged = List.copyOf(judged);
    context = List.copyOf(context);
  }

  /** The part {@code gathered} holds, its files' lines read now. */
  public static ShardResult of(
      String version,
      Shard shard,
      String settings,
      Optional<PolicyFile> policy,
      Gathered gathered) {
    List<JudgedFile> judged =
        gathered.judged().parallelStream()
            .map(
                f ->
                    JudgedFile.of(
                        f,
                        JudgedFile.mayHoldFindings(f)
                            ? gathered.lines().lines(f.path())
                            : List.of()))
            .toList();
    return new ShardResult(
        version,
        shard,
        gathered.root(),
        settings,
        policy,
        gathered.listed().stream().sorted().toList(),
        gathered.skipped().stream().sorted(Comparator.comparing(SkippedFile::path)).toList(),
        judged,
        gathered.context());
  }

  /** What tells policies apart: a digest of the policy file, or that there was none. */
  public String policyDigest() {
    return policy.map(PolicyFile::digest).orElse(BUILT_IN);
  }
}
