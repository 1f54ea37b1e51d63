package dev.ssotgardener.audit;

/**
 * Hears how far an audit is, after each file it reads (from disk or the cache) and parses; for a
 * progress line. Called from the audit's worker threads.
 */
@FunctionalInterface
public interface AuditProgress {
  /** {@code done} of the {@code total} listed files have their facts; the rules run after all. */
  void filesRead(int done, int total);

  static AuditProgress none() {
    return (done, total) -> {};
  }
}
