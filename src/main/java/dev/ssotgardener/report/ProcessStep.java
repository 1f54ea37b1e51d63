package dev.ssotgardener.report;

import java.util.List;

/**
 * The seed's gardening process, steps 0 to 6, with the checklist each step carries in an issue. The
 * issue marks step 0 done; {@code ssot garden} marks the rest as it goes.
 */
public enum ProcessStep {
  DISCOVERY("Discovery", List.of()),
  PLAN_TESTS(
      "Discover and Plan Test",
      List.of(
          "DISCOVER EXISTING: Find tests protecting against breaking changes",
          "PLAN ONLY: Plan required unit/integration/e2e tests")),
  EXECUTE_TEST_PLAN(
      "Execute Test Plan",
      List.of(
          "Create new SSOT tests (20% of effort)",
          "Validate existing tests (60% of effort)", "Run non-docker tests only")),
  PLAN_REMEDIATION("Plan Remediation", List.of("Plan SSOT remediation approach")),
  EXECUTE_REMEDIATION("Execute Remediation", List.of("Implement SSOT fixes")),
  TEST_FIX_LOOP(
      "Test Fix Loop",
      List.of(
          "Prove changes maintain system stability",
          "Fix all test cases",
          "Run startup tests (non-docker)")),
  PR_AND_CLOSURE(
      "PR and Closure", List.of("Create Pull Request", "Cross-link issue for auto-closure"));

  private final String title;
  private final List<String> tasks;

  ProcessStep(String title, List<String> tasks) {
    this.title = title;
    this.tasks = tasks;
  }

  /** {@code Step 0: Discovery}. */
  public String heading() {
    return "Step " + ordinal() + ": " + title;
  }

  /** The step's checklist; discovery's depends on the audit, so the issue writes it. */
  public List<String> tasks() {
    return tasks;
  }
}
