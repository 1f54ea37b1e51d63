package dev.ssotgardener.init;

import java.util.List;

/**
 * A proposed policy.
 *
 * @param tests globs of the test files ({@code tests:}); empty when none were found
 * @param testsEvidence where {@code tests} came from
 * @param exclude folders of copies proposed for {@code exclude:}, with their evidence
 * @param truths the proposed truths, tentative ones last
 * @param notProposed for each kind proposed nothing for, why (one line each)
 */
public record Proposal(
    List<String> tests,
    String testsEvidence,
    List<ExcludeInference.Excluded> exclude,
    List<ProposedTruth> truths,
    List<String> notProposed) {
  public Proposal {
    tests = List.copyOf(tests);
    exclude = List.copyOf(exclude);
    truths = List.copyOf(truths);
    notProposed = List.copyOf(notProposed);
  }

  /** Whether there is no truth to propose, tentative or not. */
  public boolean isEmpty() {
    return truths.isEmpty();
  }
}
