package dev.ssotgardener.policy.kinds;

/**
 * {@code lossy-merge}: a merge resolution that kept neither side of a conflict hunk, or one side's
 * whole file while the other had changed it. Read from merge commits by {@code ssot merges} and
 * {@code ssot diff}, never by a one-tree audit.
 */
public final class LossyMergeCheck implements CheckDescriptor {
  @Override
  public String id() {
    return "lossy-merge";
  }

  @Override
  public String summary() {
    return "Merge resolutions keep what each side changed";
  }

  @Override
  public Fixability fixability() {
    return Fixability.NEVER;
  }

  @Override
  public String defectWords() {
    return "Lossy Merge";
  }

  @Override
  public String help() {
    return "Compare the merge with both parents (`git show -m <merge> -- <file>`) and restore the"
        + " lost lines, or confirm that dropping them was intended.";
  }

  @Override
  public String impact() {
    return "code both branches changed is gone without a trace; tests break far from the cause";
  }

  @Override
  public String violation(String snippet) {
    return "Merge resolution that dropped code";
  }

  @Override
  public String criterion() {
    return "The dropped code is restored or its removal confirmed";
  }
}
