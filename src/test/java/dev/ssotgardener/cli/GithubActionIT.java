package dev.ssotgardener.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.ssotgardener.MockFactoryPolicy;
import dev.ssotgardener.cli.ExternalProcess.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code action.yml}: valid by SchemaStore's published schemas, and its audit step's script, run as
 * the runner runs it with the README workflow's inputs, drives the real jar (so an option or value
 * the CLI does not have fails here). setup-java, the cache and the SARIF upload are GitHub's own
 * actions and are not run.
 */
class GithubActionIT {
  private static final Path THIS_REPO = Path.of("").toAbsolutePath();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*([^}]*?)\\s*}}");

  @Test
  void theActionIsValidByThePublishedSchema() throws IOException {
    assertThat(errors("github-action.json", action())).isEmpty();
  }

  @Test
  void theSchemaRejectsARunStepWithoutAShell() throws IOException {
    JsonNode broken =
        YAML.readTree(
            """
            name: x
            description: y
            runs:
              using: composite
              steps:
                - run: echo hi
            """);
    assertThat(errors("github-action.json", broken)).isNotEmpty();
  }

  @Test
  void theReadmeWorkflowIsValidAndPassesOnlyInputsTheActionDeclares() throws IOException {
    JsonNode workflow = readmeWorkflow();
    assertThat(errors("github-workflow.json", workflow)).isEmpty();
    JsonNode step = ssotStep(workflow);
    assertThat(step.get("uses").asText()).endsWith("/ssot-gardener@v" + VersionProvider.version());
    assertThat(step.get("with").fieldNames()).toIterable().isSubsetOf(inputNames());
  }

  @Test
  void theReadmeShardedWorkflowIsValidAndRunsShardsThenTheMerge() throws IOException {
    JsonNode workflow = YAML.readTree(Readme.block("yaml", "# .github/workflows/ssot-sharded.yml"));
    assertThat(errors("github-workflow.json", workflow)).isEmpty();
    assertThat(workflow.at("/jobs/shard/strategy/matrix/shard")).hasSize(4);
    assertThat(workflow.at("/jobs/report/needs").asText()).isEqualTo("shard");
    assertThat(workflow.toString()).contains("--shard ${{ matrix.shard }}/4", "ssot merge shards/");
  }

  @Test
  void everyExpressionNamesADeclaredInputOrStep() throws IOException {
    String text = Files.readString(THIS_REPO.resolve("action.yml"));
    List<String> stepIds = new ArrayList<>();
    action().at("/runs/steps").forEach(s -> stepIds.add(s.path("id").asText()));
    Matcher m = Pattern.compile("\\b(inputs|steps)\\.([\\w-]+)").matcher(text);
    int seen = 0;
    while (m.find()) {
      seen++;
      assertThat(m.group(1).equals("inputs") ? inputNames() : stepIds)
          .as(m.group())
          .contains(m.group(2));
    }
    assertThat(seen).isGreaterThan(5);
  }

  @Test
  void theAuditStepAnnotatesFailsAndWritesValidSarif(@TempDir Path workspace) throws Exception {
    Files.writeString(workspace.resolve("ssot.yml"), MockFactoryPolicy.TEXT);
    Files.createDirectories(workspace.resolve("tests"));
    Files.writeString(workspace.resolve("tests/test_a.py"), MockFactoryPolicy.MOCK_IMPORT);
    Map<String, String> inputs = readmeInputs();

    Step failing = runAuditStep(workspace, inputs);
    assertThat(failing.result.exit()).as(failing.result.output()).isEqualTo(1);
    assertThat(failing.result.output())
        .contains("::error file=tests/test_a.py,line=1,col=1,")
        .contains("title=ssot mock-factory::imports unittest.mock");
    assertThat(failing.sarifResults()).hasSize(1);

    assertThat(SsotJar.ssot("baseline", "write", workspace.toString()).exit).isZero();
    Step known = runAuditStep(workspace, inputs);
    assertThat(known.result.exit()).as(known.result.output()).isZero();
    assertThat(known.result.output()).doesNotContain("::error");
    assertThat(known.sarifResults()).isEmpty();

    Files.move(workspace.resolve("ssot.yml"), workspace.resolve("policy.yml"));
    Files.delete(workspace.resolve(".ssot/baseline.json"));
    Map<String, String> never = new HashMap<>(inputs);
    never.put("fail-on", "never");
    never.put("policy", "policy.yml");
    Step reported = runAuditStep(workspace, never);
    assertThat(reported.result.exit()).as(reported.result.output()).isZero();
    assertThat(reported.result.output()).contains("::error file=tests/test_a.py");
    assertThat(reported.sarifResults()).hasSize(1);
  }

  /** Runs the step with id {@code audit} as the runner does a {@code shell: bash} step. */
  private static Step runAuditStep(Path workspace, Map<String, String> with) throws Exception {
    JsonNode step =
        StreamSupport.stream(action().at("/runs/steps").spliterator(), false)
            .filter(s -> s.path("id").asText().equals("audit"))
            .findFirst()
            .orElseThrow();
    assertThat(step.get("shell").asText()).isEqualTo("bash");
    Map<String, String> inputs = new HashMap<>();
    action()
        .get("inputs")
        .fields()
        .forEachRemaining(e -> inputs.put(e.getKey(), e.getValue().path("default").asText()));
    inputs.putAll(with);
    Path temp = Files.createTempDirectory(workspace.getParent(), "runner");
    Path script = temp.resolve("step.sh");
    Files.writeString(script, step.get("run").asText());
    Path output = temp.resolve("github_output");
    Files.createFile(output);
    Map<String, String> env = new HashMap<>();
    step.get("env")
        .fields()
        .forEachRemaining(e -> env.put(e.getKey(), expand(e.getValue().asText(), inputs)));
    env.put("GITHUB_OUTPUT", output.toString());
    env.put("RUNNER_TEMP", temp.toString());
    Result result =
        ExternalProcess.run(
            workspace, env, "bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString());
    return new Step(result, Files.readString(output));
  }

  /** The expressions an env value may use: an input or the action's folder, nothing else. */
  private static String expand(String value, Map<String, String> inputs) {
    Matcher m = EXPRESSION.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String expression = m.group(1);
      String replacement;
      if (expression.equals("github.action_path")) {
        replacement = THIS_REPO.toString();
      } else if (expression.startsWith("inputs.")) {
        replacement = inputs.get(expression.substring("inputs.".length()));
      } else {
        throw new AssertionError("the audit step's env may not use ${{ " + expression + " }}");
      }
      assertThat(replacement).as(expression).isNotNull();
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    return m.appendTail(out).toString();
  }

  private record Step(Result result, String githubOutput) {
    JsonNode sarifResults() throws IOException {
      Matcher m = Pattern.compile("(?m)^sarif=(.*)$").matcher(githubOutput);
      assertThat(m.find()).as(githubOutput).isTrue();
      String sarif = Files.readString(Path.of(m.group(1)));
      try (InputStream in =
          GithubActionIT.class.getResourceAsStream("/report/sarif-schema-2.1.0.json")) {
        Schema schema =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        assertThat(schema.validate(sarif, InputFormat.JSON)).isEmpty();
      }
      return JSON.readTree(sarif).at("/runs/0/results");
    }
  }

  private static Map<String, String> readmeInputs() throws IOException {
    Map<String, String> with = new HashMap<>();
    ssotStep(readmeWorkflow())
        .get("with")
        .fields()
        .forEachRemaining(e -> with.put(e.getKey(), e.getValue().asText()));
    return with;
  }

  private static JsonNode ssotStep(JsonNode workflow) {
    List<JsonNode> steps = new ArrayList<>();
    workflow.at("/jobs").forEach(job -> job.get("steps").forEach(steps::add));
    return steps.stream()
        .filter(s -> s.path("uses").asText().contains("/ssot-gardener@"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no ssot-gardener step in the README workflow"));
  }

  private static JsonNode readmeWorkflow() throws IOException {
    return YAML.readTree(Readme.block("yaml", "/ssot-gardener@"));
  }

  private static List<String> inputNames() throws IOException {
    List<String> names = new ArrayList<>();
    action().get("inputs").fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static JsonNode action() throws IOException {
    return YAML.readTree(THIS_REPO.resolve("action.yml").toFile());
  }

  private static List<com.networknt.schema.Error> errors(String schemaFile, JsonNode document)
      throws IOException {
    try (InputStream in = GithubActionIT.class.getResourceAsStream("/github/" + schemaFile)) {
      Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
      return schema.validate(JSON.writeValueAsString(document), InputFormat.JSON);
    }
  }
}
