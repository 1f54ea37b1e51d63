package dev.ssotgardener.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ssotgardener.MockFactoryPolicy;
import dev.ssotgardener.audit.Auditor;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.PolicyLoader;
import dev.ssotgardener.workspace.SourceFile;
import dev.ssotgardener.workspace.WalkOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Known, new and stale findings, matched by fingerprints that survive unrelated edits. */
class BaselineTest {
  private static final String POLICY = MockFactoryPolicy.TEXT;

  @TempDir Path dir;

  @Test
  void fingerprintsSurviveUnrelatedEditsReformattingAndMovesWithinTheFile() throws Exception {
    List<Finding> before =
        audit("tests/test_a.py", "from unittest.mock import patch\n\n\ndef test_a():\n    pass\n");
    List<Finding> after =
        audit(
            "tests/test_a.py",
            "\"\"\"A docstring added above.\"\"\"\n\n\ndef test_a():\n    assert   1 ==  1\n\n"
                + "from  unittest.mock  import patch\n");
    assertThat(after).hasSize(1);
    assertThat(after.get(0).span().startLine()).isEqualTo(7);
    assertThat(after.get(0).fingerprint()).isEqualTo(before.get(0).fingerprint());
  }

  @Test
  void splitsNewKnownAndStaleAndPrunesTheStale() throws Exception {
    List<Finding> old =
        audit(
            "tests/test_a.py", "from unittest.mock import patch\n",
            "tests/test_b.py", "from unittest.mock import MagicMock\n");
    Baseline baseline = Baseline.of(old);
    List<Finding> now =
        audit(
            "tests/test_a.py", "from unittest.mock import patch\n",
            "tests/test_c.py", "import unittest.mock\n");

    BaselineCheck check = baseline.check(now);
    assertThat(check.known()).extracting(Finding::path).containsExactly("tests/test_a.py");
    assertThat(check.fresh()).extracting(Finding::path).containsExactly("tests/test_c.py");
    assertThat(check.stale()).extracting(BaselineEntry::path).containsExactly("tests/test_b.py");
    assertThat(baseline.pruned(now).entries())
        .extracting(BaselineEntry::path)
        .containsExactly("tests/test_a.py");
  }

  @Test
  void theFileIsSortedOneFindingALineAndReadsBack() throws Exception {
    BaselineFile file = new BaselineFile();
    Baseline baseline =
        new Baseline(
            List.of(
                new BaselineEntry("ff", "mock-factory", "tests/z.py", "import unittest.mock"),
                new BaselineEntry("aa", "conflict-markers", "a b/x.py", "<<<<<<< HEAD")));
    String text = file.format(baseline);
    assertThat(text)
        .isEqualTo(
            """
            {
              "version": 1,
              "findings": [
                {"fingerprint":"aa","truth":"conflict-markers","path":"a b/x.py","snippet":"<<<<<<< HEAD"},
                {"fingerprint":"ff","truth":"mock-factory","path":"tests/z.py","snippet":"import unittest.mock"}
              ]
            }
            """);
    assertThat(file.parse(text, "b.json")).isEqualTo(baseline);
    assertThat(file.parse(file.format(new Baseline(List.of())), "e.json").entries()).isEmpty();
  }

  @Test
  void aBrokenFileNamesFileLineAndColumn() {
    BaselineFile file = new BaselineFile();
    assertThatThrownBy(() -> file.parse("{\n  \"version\": 1,\n  \"findings\": [}\n", "b.json"))
        .isInstanceOf(BaselineException.class)
        .hasMessageStartingWith("b.json:3:");
    assertThatThrownBy(() -> file.parse("{\"version\": 2, \"findings\": []}", "b.json"))
        .hasMessageContaining("b.json: not a baseline file");
    assertThatThrownBy(() -> file.read(dir.resolve("missing.json")))
        .hasMessage(dir.resolve("missing.json") + ": baseline file not found");
  }

  private List<Finding> audit(String... pathsAndTexts) throws Exception {
    Path policyFile = dir.resolve("ssot.yml");
    Files.writeString(policyFile, POLICY);
    Policy policy = new PolicyLoader().load(policyFile);
    List<SourceFile> files = new java.util.ArrayList<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      files.add(
          new SourceFile(pathsAndTexts[i], pathsAndTexts[i + 1], StandardCharsets.UTF_8, false));
    }
    return new Auditor(policy, WalkOptions.defaults()).audit("repo", files).findings();
  }
}
