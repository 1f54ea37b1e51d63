package dev.ssotgardener.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.index.RepoIndex;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.workspace.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** An edit judged on its own gives what a full audit of the edited tree gives. */
class EditAuditorTest {
  private final Map<String, String> texts = new TreeMap<>();
  private FactsCollector collector;

  private FileFacts facts(String path) {
    return collector.collect(new SourceFile(path, texts.get(path), StandardCharsets.UTF_8, false));
  }

  private LineSource lines() {
    return path -> texts.getOrDefault(path, "").lines().toList();
  }

  private List<Finding> fullAudit() {
    List<FileFacts> all = new ArrayList<>();
    texts.keySet().forEach(p -> all.add(facts(p)));
    return new RuleRunner(Policy.builtinOnly()).run(RepoIndex.of(all), lines());
  }

  @Test
  void anEditReachesTheFilesThatImportThroughIt() {
    texts.put("pkg/__init__.py", "");
    texts.put("pkg/b.py", "def helper():\n    pass\n");
    texts.put("pkg/a.py", "from pkg.b import helper\n");
    texts.put("pkg/c.py", "from pkg.a import helper\n\nhelper()\n");
    texts.put("pkg/d.py", "X = 1\n");
    collector = new FactsCollector(Frontends.forRepository(texts.keySet()));
    List<FileFacts> all = texts.keySet().stream().map(this::facts).toList();
    EditAuditor auditor = new EditAuditor(Policy.builtinOnly(), all, lines());
    assertThat(auditor.findings()).isEqualTo(fullAudit()).isEmpty();

    texts.put("pkg/a.py", "");
    EditAuditor.Judged judged = auditor.check(facts("pkg/a.py"), lines());
    assertThat(judged.findings()).containsOnlyKeys("pkg/a.py", "pkg/c.py");
    assertThat(judged.findings().get("pkg/c.py"))
        .singleElement()
        .satisfies(f -> assertThat(f.truth()).isEqualTo("dangling-imports"));
    assertThat(auditor.findings()).as("a check changes nothing").isEmpty();

    auditor.keep(facts("pkg/a.py"), lines());
    assertThat(auditor.findings()).isEqualTo(fullAudit()).hasSize(1);
  }
}
