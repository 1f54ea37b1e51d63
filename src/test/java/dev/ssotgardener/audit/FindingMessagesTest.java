package dev.ssotgardener.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.policy.PolicyLoader;
import dev.ssotgardener.workspace.WalkOptions;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The wording of import and api findings, which the fixture harness does not check: "uses" for a
 * use, "imports" for an import, and only the canonical of the file's language.
 */
class FindingMessagesTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  @Test
  void eachFileIsOfferedTheCanonicalOfItsLanguage() throws Exception {
    assertThat(messages("api/mixed-languages"))
        .containsEntry(
            "src/main/java/com/acme/app/Config.java:6",
            "uses java.lang.System.getenv; use com.acme.env.Env.get")
        .containsEntry("app/config.py:6", "uses os.environ; use shared.env.get_env");
  }

  @Test
  void aUseSaysUsesAndAnImportSaysImports() throws Exception {
    assertThat(messages("import/python-canonical-wrapper"))
        .containsEntry("app/bypass.py:4", "imports boto3; use pkg.compat.aws or pkg.compat.Session")
        .containsEntry(
            "app/bypass.py:18", "uses pkg.legacy.old_helper; use pkg.helpers.new_helper");
  }

  private static Map<String, String> messages(String fixture) throws Exception {
    Path dir = FIXTURES.resolve(fixture);
    Map<String, String> byLine = new TreeMap<>();
    for (Finding f :
        new Auditor(new PolicyLoader().loadFromRoot(dir).orElseThrow(), WalkOptions.defaults())
            .audit(dir)
            .findings()) {
      byLine.put(f.path() + ":" + f.span().startLine(), f.message());
    }
    return byLine;
  }
}
