package dev.ssotgardener.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.index.ImportGraph;
import dev.ssotgardener.index.RepoIndex;
import dev.ssotgardener.lang.python.PythonFrontend;
import dev.ssotgardener.workspace.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestSelectorTest {
  private static final Map<String, String> REPO = new LinkedHashMap<>();

  static {
    REPO.put("app/__init__.py", "");
    REPO.put("app/engine.py", "from app.context import Context\n");
    REPO.put("app/context.py", "class Context:\n    pass\n");
    REPO.put("app/api.py", "import app.engine\n");
    REPO.put("tests/test_engine.py", "from app.engine import Engine\n");
    REPO.put("tests/test_api.py", "from app import api\n");
    REPO.put("tests/test_other.py", "import json\n");
  }

  private final TestSelector selector =
      new TestSelector(ImportGraph.of(index()), path -> path.startsWith("tests/test_"));

  @Test
  void findsDirectAndTransitiveImportersWithTheirChains() {
    List<ProtectingTest> tests = selector.protecting(List.of("app/context.py"));
    assertThat(tests)
        .extracting(ProtectingTest::path)
        .containsExactly("tests/test_engine.py", "tests/test_api.py");
    assertThat(tests.get(0).reason())
        .isEqualTo("imports app/context.py transitively (via app/engine.py)");
    assertThat(tests.get(1).chain())
        .containsExactly("tests/test_api.py", "app/api.py", "app/engine.py", "app/context.py");
  }

  @Test
  void aChangedTestProtectsItselfAndUnrelatedTestsAreLeftOut() {
    List<ProtectingTest> tests = selector.protecting(List.of("tests/test_engine.py"));
    assertThat(tests).extracting(ProtectingTest::path).containsExactly("tests/test_engine.py");
    assertThat(tests.get(0).reason()).isEqualTo("is itself affected");
    assertThat(selector.protecting(List.of("app/api.py")))
        .extracting(ProtectingTest::reason)
        .containsExactly("imports app/api.py directly");
  }

  private static RepoIndex index() {
    PythonFrontend frontend = new PythonFrontend(REPO.keySet());
    List<FileFacts> facts =
        REPO.entrySet().stream()
            .map(
                e ->
                    frontend.analyze(
                        new SourceFile(e.getKey(), e.getValue(), StandardCharsets.UTF_8, false)))
            .toList();
    return RepoIndex.of(facts);
  }
}
