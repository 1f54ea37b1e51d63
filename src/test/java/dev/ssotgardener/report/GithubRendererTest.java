package dev.ssotgardener.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubRendererTest {
  @Test
  void theExampleGivesOneErrorAnnotationPerFinding() {
    GoldenPathExample example = new GoldenPathExample();
    String out = GoldenPathExample.render(new GithubRenderer(example.context()), example.result);
    assertThat(out.lines())
        .hasSize(example.result.findings().size())
        .allMatch(l -> l.startsWith("::error file=examples/golden-path/"));
    assertThat(out)
        .contains(
            "::error file=examples/golden-path/"
                + GoldenPathExample.CONFLICTED
                + ",line=4,col=1,endLine=4,endColumn=43,title=ssot mock-factory::imports"
                + " unittest.mock.MagicMock (in unittest.mock); use"
                + " test_framework.ssot.mock_factory.SSotMockFactory\n");
  }

  @Test
  void escapesDataAndPropertiesAsTheRunnerUnescapesThem() {
    var finding =
        GoldenPathExample.finding(
            "a,b:c", "dir/x,y:z%.py", 2, Severity.WARNING, "100% wrong\r\nsecond: line, too", "s");
    var result = new AuditResult(".", new GoldenPathExample().result.summary(), List.of(finding));
    String out =
        GoldenPathExample.render(
            new GithubRenderer(ReportContext.of(Policy.builtinOnly(), Path.of("."))), result);
    assertThat(out)
        .isEqualTo(
            "::warning file=dir/x%2Cy%3Az%25.py,line=2,col=1,endLine=2,endColumn=5,"
                + "title=ssot a%2Cb%3Ac::100%25 wrong%0D%0Asecond: line, too\n");
  }
}
