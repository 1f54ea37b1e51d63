package dev.ssotgardener.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IssueTitleTest {
  @Test
  void theTitleNamesTheContextAndTheSlugCarriesIt() {
    IssueTitle migration = new IssueTitle("incomplete-migration", "Agent Registry Legacy Import");
    assertThat(migration.title())
        .isEqualTo("SSOT Incomplete Migration - Agent Registry Legacy Import");
    assertThat(migration.slug())
        .isEqualTo("SSOT-incomplete-migration-agent-registry-legacy-import");
    assertThat(new IssueTitle("recent-change", "X").title()).isEqualTo("SSOT Recent Change - X");
    assertThat(new IssueTitle("regression", "Y Merge Conflict").title())
        .isEqualTo("SSOT Regression - Y Merge Conflict");
  }
}
