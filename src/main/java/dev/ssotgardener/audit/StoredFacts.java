package dev.ssotgardener.audit;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.workspace.ReadOutcome;
import dev.ssotgardener.workspace.SkippedFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The facts of files known by content id, in the files' order: read and parsed only when {@code
 * cache} lacks them.
 */
public record StoredFacts(List<FileFacts> facts, List<SkippedFile> skipped) {
  static StoredFacts load(List<StoredFile> files, FactsCache cache) {
    return load(files, collectorFor(files), cache);
  }

  /** What gives the facts of a tree with these files their context (source roots, layout). */
  static FactsCollector collectorFor(List<StoredFile> files) {
    return new FactsCollector(
        Frontends.forRepository(files.stream().map(StoredFile::path).toList()));
  }

  /** The facts of {@code files} of a tree whose paths {@code collector} was set up for. */
  static StoredFacts load(List<StoredFile> files, FactsCollector collector, FactsCache cache) {
    List<SkippedFile> skipped = Collections.synchronizedList(new ArrayList<>());
    List<FileFacts> facts =
        files.parallelStream()
            .map(file -> factsOf(file, collector, cache, skipped::add))
            .flatMap(Optional::stream)
            .toList();
    return new StoredFacts(facts, List.copyOf(skipped));
  }

  /**
   * The facts of one file of a tree whose paths {@code collector} was set up for: from {@code
   * cache}, else read and parsed; empty (and given to {@code skipped}) when it cannot be read.
   */
  public static Optional<FileFacts> factsOf(
      StoredFile file, FactsCollector collector, FactsCache cache, Consumer<SkippedFile> skipped) {
    FactsKey key = new FactsKey(file.path(), file.contentId(), collector.contextOf(file.path()));
    Optional<FileFacts> cached = cache.get(key).filter(collector::stillHolds);
    if (cached.isPresent()) {
      return cached;
    }
    ReadOutcome outcome = file.content().get();
    if (outcome instanceof ReadOutcome.Text text) {
      FileFacts collected = collector.collect(text.file(), file.contentId());
      cache.put(key, collected);
      return Optional.of(collected);
    }
    skipped.accept(((ReadOutcome.Skipped) outcome).skipped());
    return Optional.empty();
  }
}
