package dev.ssotgardener.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.ssotgardener.facts.Span;
import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.finding.Fix;
import dev.ssotgardener.finding.FixLevel;
import dev.ssotgardener.finding.TextEdit;
import dev.ssotgardener.policy.Severity;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SarifRendererTest {
  private static Schema schema;
  private static GoldenPathExample example;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in =
        SarifRendererTest.class.getResourceAsStream("/report/sarif-schema-2.1.0.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
    example = new GoldenPathExample();
  }

  @Test
  void theExampleValidatesAndCarriesWhatCodeScanningReads() throws Exception {
    String sarif = render(example.result);
    assertValid(sarif);
    JsonNode run = new ObjectMapper().readTree(sarif).at("/runs/0");
    JsonNode rules = run.at("/tool/driver/rules");
    List<String> ids = new ArrayList<>();
    rules.forEach(r -> ids.add(r.get("id").asText()));
    assertThat(ids)
        .contains("mock-factory", "base-test-case", "test-runner", "environment")
        .contains("conflict-markers", "dangling-imports");
    JsonNode mock = rules.get(ids.indexOf("mock-factory"));
    assertThat(mock.at("/help/text").asText())
        .contains("`test_framework.ssot.mock_factory.SSotMockFactory`");
    assertThat(mock.at("/defaultConfiguration/level").asText()).isEqualTo("error");

    JsonNode results = run.get("results");
    assertThat(results).hasSize(example.result.findings().size());
    for (JsonNode r : results) {
      assertThat(rules.get(r.get("ruleIndex").asInt()).get("id")).isEqualTo(r.get("ruleId"));
      JsonNode location = r.at("/locations/0/physicalLocation");
      assertThat(location.at("/artifactLocation/uri").asText())
          .startsWith("examples/golden-path/")
          .doesNotContain("file:");
      assertThat(location.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
      assertThat(location.at("/region/startLine").asInt()).isPositive();
      assertThat(r.at("/partialFingerprints/ssotFingerprint~1v1").asText()).hasSize(32);
    }
    assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText())
        .startsWith("file:/")
        .endsWith("/");
  }

  @Test
  void theValidatorRejectsWhatTheSchemaForbids() {
    assertThat(schema.validate("{\"version\": \"2.1.0\", \"runs\": [{}]}", InputFormat.JSON))
        .isNotEmpty();
  }

  @Test
  void aFixBecomesASarifFixAndStillValidates() throws Exception {
    Finding env = example.finding("environment");
    Finding fixable =
        new Finding(
            env.truth(),
            env.kind(),
            env.severity(),
            env.path(),
            env.span(),
            env.message(),
            env.snippet(),
            env.fingerprint(),
            Optional.of(
                new Fix(
                    "read AGENT_MODE through get_env()",
                    List.of(
                        new TextEdit(new Span(12, 21, 12, 35), "get_env()"),
                        new TextEdit(
                            new Span(2, 1, 2, 1),
                            "from shared.isolated_environment import get_env\n")),
                    FixLevel.DECISION)));
    AuditResult result =
        new AuditResult(example.result.root(), example.result.summary(), List.of(fixable));
    String sarif = render(result);
    assertValid(sarif);
    JsonNode fix = new ObjectMapper().readTree(sarif).at("/runs/0/results/0/fixes/0");
    assertThat(fix.at("/description/text").asText()).isEqualTo("read AGENT_MODE through get_env()");
    JsonNode replacements = fix.at("/artifactChanges/0/replacements");
    assertThat(replacements).hasSize(2);
    assertThat(replacements.at("/0/deletedRegion/startColumn").asInt()).isEqualTo(21);
    assertThat(replacements.at("/0/insertedContent/text").asText()).isEqualTo("get_env()");
    assertThat(replacements.at("/1/deletedRegion/endColumn").asInt()).isEqualTo(1);
  }

  @Test
  void aConflictsAlternativesAreItsPossibleFixesAndARefusalSaysWhy() throws Exception {
    String sarif = render(example.result);
    assertValid(sarif);
    List<JsonNode> results = new ArrayList<>();
    new ObjectMapper().readTree(sarif).at("/runs/0/results").forEach(results::add);
    JsonNode conflict =
        results.stream()
            .filter(r -> r.get("ruleId").asText().equals("conflict-markers"))
            .findFirst()
            .orElseThrow();
    List<String> choices = new ArrayList<>();
    conflict
        .get("fixes")
        .forEach(
            f -> {
              assertThat(f.at("/properties/level").asText()).isEqualTo("decision");
              choices.add(f.at("/properties/choice").asText());
            });
    assertThat(choices).containsExactly("ours", "theirs", "ours+theirs", "theirs+ours");
    assertThat(conflict.at("/properties/unfixedReason").asText()).contains("the sides differ");
    JsonNode mock =
        results.stream()
            .filter(r -> r.get("ruleId").asText().equals("mock-factory"))
            .findFirst()
            .orElseThrow();
    assertThat(mock.has("fixes")).isFalse();
    assertThat(mock.at("/properties/unfixedReason").asText()).isNotBlank();
  }

  @Test
  void oddPathsAreEncodedAndWarningsAreWarnings() throws Exception {
    Finding odd =
        GoldenPathExample.finding(
            "invalid-suppression", "tests/my dir/ünï#1.py", 3, Severity.WARNING, "bad", "x");
    String sarif = render(new AuditResult(".", example.result.summary(), List.of(odd)));
    assertValid(sarif);
    JsonNode result = new ObjectMapper().readTree(sarif).at("/runs/0/results/0");
    assertThat(result.get("level").asText()).isEqualTo("warning");
    assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("examples/golden-path/tests/my%20dir/%C3%BCn%C3%AF%231.py");
  }

  private static String render(AuditResult result) {
    return GoldenPathExample.render(new SarifRenderer("0.1.0", example.context()), result);
  }

  private static void assertValid(String sarif) {
    List<Error> errors = schema.validate(sarif, InputFormat.JSON);
    assertThat(errors).as(sarif).isEmpty();
  }
}
