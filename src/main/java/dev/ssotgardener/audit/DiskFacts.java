package dev.ssotgardener.audit;

import dev.ssotgardener.cache.DiskFactsCache;
import dev.ssotgardener.facts.FileFacts;
import java.util.Optional;

/**
 * The on-disk facts cache ({@code .ssot/cache/}) behind the auditor's seam, for every caller, with
 * facts already in memory in front of it: a daemon's, shared by the runs it serves, saves decoding
 * the pack's entries again on every run.
 */
public final class DiskFacts implements FactsCache {
  private final DiskFactsCache disk;
  private final FactsCache memory;

  public DiskFacts(DiskFactsCache disk) {
    this(disk, FactsCache.none());
  }

  /**
   * @param memory facts of earlier runs of this process, thread-safe and bounded ({@link
   *     BoundedFactsCache})
   */
  public DiskFacts(DiskFactsCache disk, FactsCache memory) {
    this.disk = disk;
    this.memory = memory;
  }

  @Override
  public Optional<FileFacts> get(FactsKey key) {
    Optional<FileFacts> remembered = memory.get(key);
    if (remembered.isPresent()) {
      disk.keep(key.digest(), remembered.get());
      return remembered;
    }
    Optional<FileFacts> stored = disk.get(key.digest());
    stored.ifPresent(facts -> memory.put(key, facts));
    return stored;
  }

  @Override
  public void put(FactsKey key, FileFacts facts) {
    disk.put(key.digest(), facts);
    memory.put(key, facts);
  }

  @Override
  public Optional<String> knownContentId(String path, long size, long modifiedNanos) {
    return disk.knownContentId(path, size, modifiedNanos);
  }

  @Override
  public void sawContentId(String path, long size, long modifiedNanos, String contentId) {
    disk.sawContentId(path, size, modifiedNanos, contentId);
  }

  @Override
  public void saveContentIds() {
    disk.save();
  }
}
