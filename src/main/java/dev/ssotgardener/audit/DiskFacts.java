package dev.ssotgardener.audit;

import dev.ssotgardener.cache.DiskFactsCache;
import dev.ssotgardener.facts.FileFacts;
import java.util.Optional;

/** The on-disk facts cache ({@code .ssot/cache/}) behind the auditor's seam, for every caller. */
public final class DiskFacts implements FactsCache {
  private final DiskFactsCache disk;

  public DiskFacts(DiskFactsCache disk) {
    this.disk = disk;
  }

  @Override
  public Optional<FileFacts> get(FactsKey key) {
    return disk.get(key.digest());
  }

  @Override
  public void put(FactsKey key, FileFacts facts) {
    disk.put(key.digest(), facts);
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
