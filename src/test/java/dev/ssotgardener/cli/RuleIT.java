package dev.ssotgardener.cli;

import static dev.ssotgardener.cli.SsotJar.ssot;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code ssot rule} from the packaged jar: the list, a kind's doc, a truth's filled-in doc. */
class RuleIT {
  @Test
  void listsKindsAndChecksWithFixability() throws Exception {
    SsotJar.Run run = ssot("rule");
    assertThat(run.exit).isZero();
    assertThat(run.stdout)
        .contains(
            "base-class           kind   sometimes  Test classes inherit the canonical base class\n",
            "invalid-suppression  check  never      Suppressions name a known id and give a"
                + " reason\n");
  }

  @Test
  void printsTheDocOfAKindAndOfATruth() throws Exception {
    assertThat(ssot("rule", "import").stdout).startsWith("# import\n").contains("## Fix");
    SsotJar.Run truth = ssot("rule", "mock-factory", "--root", "examples/golden-path");
    assertThat(truth.exit).isZero();
    assertThat(truth.stdout)
        .startsWith("# mock-factory (kind `import`)")
        .contains("- forbids: `unittest.mock`")
        .contains("## What it reports");
    assertThat(ssot("rule", "no-such-rule").exit).isEqualTo(2);
  }

  @Test
  void printsJson() throws Exception {
    assertThat(ssot("rule", "api", "--format", "json").stdout)
        .contains("\"id\" : \"api\"", "\"fix\" : \"sometimes\"", "\"doc\" :");
  }
}
