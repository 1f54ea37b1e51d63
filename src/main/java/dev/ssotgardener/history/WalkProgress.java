package dev.ssotgardener.history;

/** Hears how far a history walk is, after each commit it visits; for a progress line. */
@FunctionalInterface
public interface WalkProgress {
  void visited(int firstParentDone, int firstParentTotal, int commitsAudited, int blobsAudited);

  static WalkProgress none() {
    return (done, total, audited, blobs) -> {};
  }
}
