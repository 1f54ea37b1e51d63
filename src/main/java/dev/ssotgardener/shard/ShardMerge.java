package dev.ssotgardener.shard;

import dev.ssotgardener.audit.Gathered;
import dev.ssotgardener.audit.Shard;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.workspace.SkippedFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * All N shard results of one audit put together as the audit of the whole gathers them ({@link
 * Gathered}): judged files in path order (the order a listing has, which the index's choices
 * follow), the context files reached from any shard once each. Results that are not exactly shards
 * 1..N of one audit (same policy, root and listing settings) are refused, in one line.
 */
public final class ShardMerge {
  private ShardMerge() {}

  /** A shard result and the file it was read from, as messages name it. */
  public record Named(String name, ShardResult result) {}

  /**
   * The audit the shard results {@code parts} hold together.
   *
   * @throws ShardResultException naming the files, if they are not shards 1..N of one audit
   */
  public static Gathered gather(List<Named> parts) throws ShardResultException {
    if (parts.isEmpty()) {
      throw new ShardResultException("no shard result to merge");
    }
    check(parts);
    List<FileFacts> judged = new ArrayList<>();
    Map<String, JudgedFile> files = new HashMap<>();
    Map<String, FileFacts> context = new TreeMap<>();
    Set<String> listed = new HashSet<>();
    List<SkippedFile> skipped = new ArrayList<>();
    for (Named part : parts) {
      ShardResult r = part.result();
      for (JudgedFile file : r.judged()) {
        judged.add(file.facts());
        if (files.put(file.facts().path(), file) != null) {
          throw new ShardResultException(
              part.name() + ": " + file.facts().path() + " is judged by two shards");
        }
      }
      r.context().forEach(f -> context.putIfAbsent(f.path(), f));
      listed.addAll(r.listed());
      skipped.addAll(r.skipped());
    }
    judged.sort(Comparator.comparing(FileFacts::path));
    ShardResult first = parts.get(0).result();
    return new Gathered(
        first.root(),
        judged,
        List.copyOf(context.values()),
        listed,
        skipped,
        path -> {
          JudgedFile file = files.get(path);
          return file == null ? List.of() : file.lines();
        });
  }

  private static void check(List<Named> parts) throws ShardResultException {
    Named first = parts.get(0);
    ShardResult one = first.result();
    Map<Integer, Named> byIndex = new TreeMap<>();
    for (Named part : parts) {
      ShardResult r = part.result();
      if (r.shard().count() != one.shard().count()) {
        throw new ShardResultException(
            mismatch(part, first, "is shard " + r.shard(), "is shard " + one.shard()));
      }
      if (!r.policyDigest().equals(one.policyDigest())) {
        throw new ShardResultException(
            mismatch(part, first, "was audited with " + policyOf(r), "with " + policyOf(one)));
      }
      if (!r.root().equals(one.root())) {
        throw new ShardResultException(
            mismatch(part, first, "audited " + r.root(), "audited " + one.root()));
      }
      if (!r.settings().equals(one.settings())) {
        throw new ShardResultException(
            mismatch(part, first, "listed files with " + r.settings(), "with " + one.settings()));
      }
      Named twice = byIndex.put(r.shard().index(), part);
      if (twice != null) {
        throw new ShardResultException(
            "shard " + r.shard() + " is given twice: " + twice.name() + " and " + part.name());
      }
    }
    int count = one.shard().count();
    List<Integer> missing =
        IntStream.rangeClosed(1, count).filter(i -> !byIndex.containsKey(i)).boxed().toList();
    if (!missing.isEmpty()) {
      throw new ShardResultException(
          "missing shard"
              + (missing.size() == 1 ? " " : "s ")
              + missing.stream()
                  .map(i -> new Shard(i, count).toString())
                  .collect(Collectors.joining(", "))
              + " (given: "
              + parts.stream().map(Named::name).collect(Collectors.joining(", "))
              + ")");
    }
  }

  private static String mismatch(Named part, Named first, String what, String firstWhat) {
    return part.name() + " " + what + " but " + first.name() + " " + firstWhat;
  }

  private static String policyOf(ShardResult r) {
    return r.policy()
        .map(p -> "policy " + p.name() + " (sha256 " + p.digest().substring(0, 12) + ")")
        .orElse(ShardResult.BUILT_IN);
  }
}
