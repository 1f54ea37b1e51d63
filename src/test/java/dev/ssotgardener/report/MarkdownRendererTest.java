package dev.ssotgardener.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.finding.CommitRef;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.finding.HistoryFacts;
import dev.ssotgardener.finding.Provenance;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
  private static final LocalDate DAY = LocalDate.of(2025, 9, 14);
  private static GoldenPathExample example;
  private static String seed;

  @BeforeAll
  static void load() throws IOException {
    example = new GoldenPathExample();
    try (InputStream in =
        MarkdownRendererTest.class.getResourceAsStream("/report/ssot-regression-issue-1057.md")) {
      seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theConflictedTestFileReadsLikeTheSeedIssue() {
    String issue = firstIssue(render(example.context(), GroupBy.FILE));
    assertThat(headings(issue, "## ")).isEqualTo(headings(seed, "## "));
    assertThat(headings(issue, "### ").stream().map(h -> h.replace(" ✅ COMPLETE", "")).toList())
        .isEqualTo(headings(seed, "### ").stream().map(h -> h.replaceAll(" [✅🔄].*", "")).toList());
    assertThat(issue)
        .startsWith(
            "# SSOT Regression - Execution Engine Migration Validation Test Merge Conflict\n")
        .contains("**Priority:** P0 - IMMEDIATE\n**Type:** Regression blocking Golden Path\n")
        .contains("**Created:** 2025-09-14")
        .contains("Unresolved merge conflict in `" + GoldenPathExample.CONFLICTED + "`")
        .contains("- **Golden Path:** BLOCKS `tests/unit/agents/**`");
    // Every defect of the seed, in the seed's words.
    String violations = section(issue, "SSOT Violations Identified");
    assertThat(violations)
        .contains("- [ ] Direct `unittest.mock` imports instead of `SSotMockFactory` (line 4)")
        .contains("- [ ] No inheritance from `SSotBaseTestCase` (line 10)")
        .contains("- [ ] Bypasses `tests/unified_test_runner.py`")
        .contains("- [ ] Direct `os.environ` access instead of `isolated_environment.get_env`")
        .contains("- [ ] Unresolved merge conflict markers (line 16)");
    assertThat(section(issue, "Files Involved"))
        .isEqualTo(
            "- `"
                + GoldenPathExample.CONFLICTED
                + "` - PRIMARY (merge conflict state, 5 findings)\n");
    assertThat(section(issue, "Process Tracking"))
        .contains("### Step 0: Discovery ✅ COMPLETE\n- [x] SSOT audit completed - 13 findings")
        .doesNotContain("- [x] DISCOVER");
    assertThat(section(issue, "Success Criteria"))
        .contains("- [ ] Merge conflict resolved\n")
        .contains("- [ ] Migrated to `SSotBaseTestCase`\n")
        .contains("- [ ] Uses `SSotMockFactory`")
        .contains("- [ ] Tests pass via `tests/unified_test_runner.py`\n");
    assertThat(section(issue, "Technical Notes"))
        .contains("merge conflict markers at line 16")
        .contains("7af8f5475");
    assertThat(section(issue, "Related Documentation"))
        .contains("`tests/unified_test_runner.py`", "`test_framework/ssot/base_test_case.py`");
  }

  @Test
  void historyNamesTheIntroducingCommit() {
    Finding conflict = example.finding("conflict-markers");
    CommitRef commit =
        new CommitRef(
            "7af8f5475aaaabbbbccccddddeeeeffff0000111",
            "Dev One",
            "2025-09-13T10:00:00Z",
            "Migrate agents to UserExecutionEngine");
    HistoryFacts history =
        new HistoryFacts(
            Map.of(conflict.fingerprint(), new Provenance(commit, Optional.empty())), List.of());
    String issue = firstIssue(render(example.context(history), GroupBy.FILE));
    assertThat(issue)
        .contains(
            "Unresolved merge conflict in `"
                + GoldenPathExample.CONFLICTED
                + "` from commit 7af8f5475.")
        .contains(
            "- Introduced by commit 7af8f5475 \"Migrate agents to UserExecutionEngine\" (Dev One,"
                + " 2025-09-13T10:00:00Z): conflict-markers line 16");
  }

  @Test
  void issuesAreSeparatedAndOrderedByPriority() {
    String all = render(example.context(), GroupBy.FILE);
    List<String> markers =
        Pattern.compile("<!-- ssot-issue (\\d) of 5: (\\S+) -->")
            .matcher(all)
            .results()
            .map(m -> m.group(2))
            .toList();
    assertThat(markers)
        .hasSize(5)
        .first()
        .isEqualTo("SSOT-regression-execution-engine-migration-validation-test-merge-conflict");
    List<String> priorities =
        Pattern.compile("\\*\\*Priority:\\*\\* (P\\d)")
            .matcher(all)
            .results()
            .map(m -> m.group(1))
            .toList();
    assertThat(priorities).isSorted().containsExactly("P0", "P0", "P0", "P1", "P2");
  }

  @Test
  void groupingByTruthMakesOneIssuePerTruth() {
    String all = render(example.context(), GroupBy.TRUTH);
    // A bypass that breaks nothing is a violation; a merge conflict is a regression.
    assertThat(all)
        .contains("# SSOT Violation - Mock Factory Bypass in 2 Files\n")
        .contains("# SSOT Regression - Merge Conflict in ");
    assertThat(
            Pattern.compile("(?m)^# SSOT (Regression|Violation) - ").matcher(all).results().count())
        .isEqualTo(8);
    assertThat(all)
        .contains(
            "- [ ] Direct `UserExecutionContext` construction instead of `user_execution_context.create_user_context` in `app/routes/agent_route.py` (line 7)");
  }

  @Test
  void aCleanAuditSaysSo() {
    AuditResult clean = new AuditResult("repo", example.result.summary(), List.of());
    assertThat(
            GoldenPathExample.render(
                new MarkdownRenderer(example.context(), GroupBy.FILE, DAY, "0.1.0"), clean))
        .isEqualTo("No SSOT findings in `repo`.\n");
  }

  private static String render(ReportContext context, GroupBy groupBy) {
    return GoldenPathExample.render(
        new MarkdownRenderer(context, groupBy, DAY, "0.1.0"), example.result);
  }

  private static String firstIssue(String all) {
    int next = all.indexOf("<!-- ssot-issue 2 ");
    return all.substring(all.indexOf('\n') + 1, next < 0 ? all.length() : next).strip() + "\n";
  }

  private static List<String> headings(String markdown, String level) {
    return markdown
        .lines()
        .filter(l -> l.startsWith(level))
        .map(l -> l.substring(level.length()).strip())
        .toList();
  }

  private static String section(String markdown, String heading) {
    Matcher m =
        Pattern.compile("(?s)## " + Pattern.quote(heading) + "\n(.*?)(?=\n## |\n---\n)")
            .matcher(markdown);
    assertThat(m.find()).as("section " + heading).isTrue();
    return m.group(1);
  }
}
