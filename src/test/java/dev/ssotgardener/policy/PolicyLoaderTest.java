package dev.ssotgardener.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyLoaderTest {
  @TempDir Path dir;

  private final PolicyLoader loader = new PolicyLoader();

  private Path write(String name, String yaml) throws IOException {
    return Files.writeString(dir.resolve(name), yaml, StandardCharsets.UTF_8);
  }

  /** The error for {@code yaml} as {@code line:column: problem}, checking the file part. */
  private String error(String yaml) throws IOException {
    return error(yaml.getBytes(StandardCharsets.UTF_8));
  }

  private String error(byte[] content) throws IOException {
    Path file = Files.write(dir.resolve("ssot.yml"), content);
    PolicyException e = (PolicyException) catchFailure(file);
    assertThat(e.getMessage()).startsWith(file + ":").doesNotContain("\n");
    return e.getMessage().substring(file.toString().length() + 1);
  }

  private Throwable catchFailure(Path file) {
    try {
      loader.load(file);
    } catch (PolicyException e) {
      return e;
    }
    throw new AssertionError("expected " + file + " to be rejected");
  }

  @Test
  void loadsTheProductExample() throws Exception {
    Path file;
    try (InputStream in = getClass().getResourceAsStream("/policy/product-example.yml")) {
      file = Files.write(dir.resolve("ssot.yml"), in.readAllBytes());
    }

    Policy policy = loader.load(file);

    assertThat(policy.source()).contains(file);
    assertThat(policy.tests().patterns())
        .containsExactly("tests/**/test_*.py", "tests/**/*_test.py", "src/test/java/**/*Test.java");
    assertThat(policy.goldenPath().patterns())
        .containsExactly("tests/unit/agents/**", "app/agents/**");
    assertThat(policy.checks())
        .isEqualTo(
            Map.of(
                BuiltinCheck.CONFLICT_MARKERS, Severity.ERROR,
                BuiltinCheck.DANGLING_IMPORTS, Severity.ERROR,
                BuiltinCheck.UNPARSABLE, Severity.ERROR,
                BuiltinCheck.INVALID_SUPPRESSION, Severity.WARNING,
                BuiltinCheck.LOSSY_MERGE, Severity.ERROR));
    assertThat(policy.truths())
        .containsExactly(
            new Truth(
                "base-test-case",
                TruthKind.BASE_CLASS,
                List.of(
                    "test_framework.ssot.base_test_case.SSotBaseTestCase",
                    "test_framework.ssot.base_test_case.SSotAsyncTestCase"),
                List.of("unittest.TestCase", "unittest.IsolatedAsyncioTestCase"),
                List.of(),
                List.of(),
                Map.of(),
                new Scope.Tests(),
                Severity.ERROR,
                "",
                GlobSet.none()),
            new Truth(
                "mock-factory",
                TruthKind.IMPORT,
                List.of("test_framework.ssot.mock_factory.SSotMockFactory"),
                List.of(),
                List.of("unittest.mock", "mock"),
                List.of(),
                Map.of(),
                new Scope.Tests(),
                Severity.ERROR,
                "",
                GlobSet.none()),
            new Truth(
                "environment",
                TruthKind.API,
                List.of("shared.isolated_environment.get_env"),
                List.of(),
                List.of("os.environ", "os.getenv", "os.putenv"),
                List.of(),
                Map.of(
                    "os.getenv({0})", "get_env().get({0})",
                    "os.environ[{0}]", "get_env().get({0})"),
                new Scope.All(),
                Severity.ERROR,
                "",
                GlobSet.none()),
            new Truth(
                "test-runner",
                TruthKind.ENTRYPOINT,
                List.of("tests/unified_test_runner.py"),
                List.of(),
                List.of("pytest.main", "unittest.main"),
                List.of(),
                Map.of(),
                new Scope.All(),
                Severity.ERROR,
                "",
                GlobSet.none()),
            new Truth(
                "execution-engine",
                TruthKind.SINGLE_DEFINITION,
                List.of("app.agents.user_execution_engine.UserExecutionEngine"),
                List.of(),
                List.of(),
                List.of("*ExecutionEngine"),
                Map.of(),
                new Scope.All(),
                Severity.ERROR,
                "",
                GlobSet.none()),
            new Truth(
                "user-context",
                TruthKind.FACTORY,
                List.of("app.services.user_execution_context.create_user_context"),
                List.of(),
                List.of("app.services.user_execution_context.UserExecutionContext"),
                List.of(),
                Map.of(),
                new Scope.All(),
                Severity.ERROR,
                "",
                GlobSet.none()));
    assertThat(policy.truths().get(2).rewrite().keySet())
        .containsExactly("os.getenv({0})", "os.environ[{0}]");
    assertThat(policy.knowsId("mock-factory")).isTrue();
    assertThat(policy.knowsId("conflict-markers")).isTrue();
    assertThat(policy.knowsId("nope")).isFalse();
  }

  @Test
  void readsOptionalTruthKeysAndCheckLevels() throws Exception {
    Path file =
        write(
            "ssot.yml",
            """
            version: 1
            truths:
              - id: env
                kind: api
                forbids: os.environ
                scope: ["app/**", "lib/"]
                severity: warning
                impact: Tenants read each other's settings.
                allow: [app/settings.py]
            checks:
              unparsable: off
              invalid-suppression: error
              dangling-imports: warning
            """);

    Policy policy = loader.load(file);

    Truth env = policy.truths().get(0);
    assertThat(env.forbids()).containsExactly("os.environ");
    assertThat(env.canonical()).isEmpty();
    assertThat(env.scope()).isEqualTo(new Scope.Globs(GlobSet.of(List.of("app/**", "lib/"))));
    assertThat(env.scope().contains("lib/x/y.py", policy.tests())).isTrue();
    assertThat(env.scope().contains("tests/test_x.py", policy.tests())).isFalse();
    assertThat(env.severity()).isEqualTo(Severity.WARNING);
    assertThat(env.impact()).isEqualTo("Tenants read each other's settings.");
    assertThat(env.allow().matches("app/settings.py")).isTrue();
    assertThat(policy.checks())
        .isEqualTo(
            Map.of(
                BuiltinCheck.CONFLICT_MARKERS, Severity.ERROR,
                BuiltinCheck.DANGLING_IMPORTS, Severity.WARNING,
                BuiltinCheck.INVALID_SUPPRESSION, Severity.ERROR,
                BuiltinCheck.LOSSY_MERGE, Severity.ERROR));
    assertThat(policy.severityOf(BuiltinCheck.UNPARSABLE)).isEmpty();
  }

  @Test
  void aMinimalPolicyKeepsTheDefaults() throws Exception {
    Policy policy = loader.load(write("ssot.yml", "version: 1\n"));

    assertThat(policy.truths()).isEmpty();
    assertThat(policy.tests()).isEqualTo(GlobSet.none());
    assertThat(policy.checks()).isEqualTo(Policy.defaultChecks());
    assertThat(policy.testCommand()).isEmpty();
  }

  @Test
  void readsTheProjectsTestCommand() throws Exception {
    Policy policy =
        loader.load(
            write("ssot.yml", "version: 1\ntest-command: python3 -m pytest -q tests/unit\n"));

    assertThat(policy.testCommand()).contains("python3 -m pytest -q tests/unit");
    assertThat(error("version: 1\ntest-command: [make, test]\n"))
        .isEqualTo("2:15: test-command: expected a string, found a list");
    assertThat(error("version: 1\ntest-command: ''\n"))
        .isEqualTo("2:15: test-command: must not be empty");
  }

  @Test
  void readsTheClosedNamespaces() throws Exception {
    Policy policy =
        loader.load(
            write("ssot.yml", "version: 1\nclosed-namespaces: [acme, acme_tools.plugins]\n"));

    assertThat(policy.closedNamespaces()).containsExactly("acme", "acme_tools.plugins");
    assertThat(loader.load(write("ssot.yml", "version: 1\n")).closedNamespaces()).isEmpty();
    assertThat(error("version: 1\nclosed-namespaces: [acme/plugins]\n"))
        .isEqualTo(
            "2:20: closed-namespaces: 'acme/plugins' is not a dotted package name like 'acme' or"
                + " 'acme.plugins'");
  }

  @Test
  void readsTheProjectsCompileCommand() throws Exception {
    Policy policy =
        loader.load(write("ssot.yml", "version: 1\ncompile-command: mvn -q -o test-compile\n"));

    assertThat(policy.compileCommand()).contains("mvn -q -o test-compile");
    assertThat(policy.testCommand()).isEmpty();
    assertThat(error("version: 1\ncompile-command: {a: b}\n"))
        .startsWith("2:18: compile-command: expected a string");
  }

  @Test
  void loadFromRootFindsSsotYmlOrSsotYaml() throws Exception {
    assertThat(loader.loadFromRoot(dir)).isEmpty();

    Path yaml = write("ssot.yaml", "version: 1\n");
    assertThat(loader.loadFromRoot(dir).flatMap(Policy::source)).contains(yaml);

    write("ssot.yml", "version: 1\n");
    assertThatThrownBy(() -> loader.loadFromRoot(dir))
        .isInstanceOf(PolicyException.class)
        .hasMessage(yaml + ": both ssot.yml and ssot.yaml exist; keep one");

    Files.delete(yaml);
    assertThat(loader.loadFromRoot(dir).flatMap(Policy::source))
        .isEqualTo(Optional.of(dir.resolve("ssot.yml")));
  }

  @Test
  void aMissingFileIsOneLine() {
    Path missing = dir.resolve("nope.yml");
    assertThatThrownBy(() -> loader.load(missing)).hasMessage(missing + ": no such file");
  }

  @Test
  void unknownTopLevelKeySuggestsTheClosest() throws Exception {
    assertThat(error("version: 1\ntruth: []\n"))
        .isEqualTo("2:1: truth: unknown key; did you mean 'truths'?");
    assertThat(error("version: 1\nrules: []\n"))
        .isEqualTo(
            "2:1: rules: unknown key (expected one of version, tests, golden-path, exclude,"
                + " test-class-names, truths, checks, test-command, compile-command,"
                + " closed-namespaces)");
  }

  @Test
  void testClassNamesAreSimpleNameGlobs() throws Exception {
    assertThat(error("version: 1\ntest-class-names: [\"src/**/*Test.java\"]\n"))
        .isEqualTo(
            "2:19: test-class-names: 'src/**/*Test.java' is not a simple class name pattern"
                + " (such as '*Test' or 'Test*')");
    assertThat(error("version: 1\ntest-class-names: 3\n")).startsWith("2:19: test-class-names:");
  }

  @Test
  void unknownTruthKey() throws Exception {
    assertThat(
            error(
                """
                version: 1
                truths:
                  - id: env
                    kind: api
                    forbid: [os.environ]
                """))
        .isEqualTo("5:5: truths[0].forbid: unknown key; did you mean 'forbids'?");
  }

  @Test
  void unknownKind() throws Exception {
    assertThat(
            error(
                """
                version: 1
                truths:
                  - id: env
                    kind: api
                    forbids: [os.environ]
                  - id: mock
                    kind: imports
                    forbids: [mock]
                """))
        .isEqualTo(
            "7:11: truths[1].kind: unknown kind 'imports' (expected one of "
                + Arrays.stream(TruthKind.values())
                    .map(TruthKind::id)
                    .collect(Collectors.joining(", "))
                + ")");
  }

  @Test
  void wrongTypes() throws Exception {
    assertThat(
            error(
                """
                version: 1
                truths:
                  - id: env
                    kind: api
                    forbids: {os: environ}
                """))
        .isEqualTo("5:14: truths[0].forbids: expected a string or a list of strings, found a map");
    assertThat(
            error(
                """
                version: 1
                truths:
                  - id: 42
                    kind: api
                """))
        .isEqualTo(
            "3:9: truths[0].id: expected a string, found a number (quote it to make it a string)");
    assertThat(error("version: 1\ntests: {a: b}\n"))
        .isEqualTo("2:8: tests: expected a string or a list of strings, found a map");
    assertThat(error("version: 1\ntruths: {id: x}\n"))
        .isEqualTo("2:9: truths: expected a list of truths, found a map");
    assertThat(error("version: 1\ntruths:\n  - base-class\n"))
        .isEqualTo("3:5: truths[0]: expected a map with 'id' and 'kind', found a string");
    assertThat(error("version: 1\ntruths:\n  - {id: x, kind: api, forbids: [a, [b]]}\n"))
        .isEqualTo("3:37: truths[0].forbids[1]: expected a string, found a list");
  }

  @Test
  void missingId() throws Exception {
    assertThat(
            error(
                """
                version: 1
                truths:
                  - kind: api
                    forbids: [os.environ]
                """))
        .isEqualTo("3:5: truths[0].id: missing");
  }

  @Test
  void duplicateId() throws Exception {
    assertThat(
            error(
                """
                version: 1
                truths:
                  - id: env
                    kind: api
                    forbids: [os.environ]
                  - id: env
                    kind: import
                    forbids: [os]
                """))
        .isEqualTo("6:9: truths[1].id: duplicate id 'env' (first at line 3)");
  }

  @Test
  void idClashingWithABuiltinCheck() throws Exception {
    assertThat(
            error(
                """
                version: 1
                truths:
                  - id: conflict-markers
                    kind: import
                    forbids: [os]
                """))
        .isEqualTo(
            "3:9: truths[0].id: 'conflict-markers' is the id of a built-in check; choose another");
  }

  @Test
  void idMustBeKebabCase() throws Exception {
    assertThat(error("version: 1\ntruths:\n  - {id: Mock_Factory, kind: import, forbids: [m]}\n"))
        .isEqualTo(
            "3:10: truths[0].id: 'Mock_Factory' is not kebab-case (lowercase letters and digits"
                + " joined by single '-')");
  }

  @Test
  void badSeverity() throws Exception {
    assertThat(
            error(
                """
                version: 1
                truths:
                  - id: env
                    kind: api
                    forbids: [os.environ]
                    severity: fatal
                """))
        .isEqualTo(
            "6:15: truths[0].severity: unknown severity 'fatal' (expected error or warning)");
  }

  @Test
  void badChecksValue() throws Exception {
    assertThat(error("version: 1\nchecks:\n  conflict-markers: on\n"))
        .isEqualTo(
            "3:21: checks.conflict-markers: unknown level 'on' (expected error, warning or off)");
  }

  @Test
  void unknownCheck() throws Exception {
    assertThat(error("version: 1\nchecks:\n  conflict-marker: off\n"))
        .isEqualTo("3:3: checks.conflict-marker: unknown check; did you mean 'conflict-markers'?");
    assertThat(error("version: 1\nchecks: {flake8: off}\n"))
        .isEqualTo(
            "2:10: checks.flake8: unknown check (expected one of conflict-markers,"
                + " dangling-imports, unparsable, invalid-suppression, lossy-merge)");
  }

  @Test
  void invalidGlob() throws Exception {
    assertThat(error("version: 1\ntests: [\"tests/**\", \"tests/[abc\"]\n"))
        .isEqualTo("2:21: tests[1]: invalid glob 'tests/[abc': unclosed '['");
    assertThat(
            error(
                """
                version: 1
                truths:
                  - id: env
                    kind: api
                    forbids: [os.environ]
                    allow: ["!app/settings.py"]
                """))
        .isEqualTo(
            "6:13: truths[0].allow[0]: invalid glob '!app/settings.py': negation '!' is not"
                + " supported; list exempt paths under 'allow'");
  }

  @Test
  void keyNotApplicableToKind() throws Exception {
    assertThat(
            error(
                """
                version: 1
                truths:
                  - id: mock
                    kind: import
                    forbids: [mock]
                    names: ["*Mock"]
                """))
        .isEqualTo(
            "6:5: truths[0].names: does not apply to kind 'import' (it takes canonical, forbids,"
                + " except, rewrite)");
    assertThat(
            error(
                """
                version: 1
                truths:
                  - id: env
                    kind: api
                    forbids: [os.environ]
                    replaces: [os.getenv]
                """))
        .isEqualTo(
            "6:5: truths[0].replaces: does not apply to kind 'api' (it takes canonical, forbids,"
                + " except, rewrite)");
  }

  @Test
  void missingRequiredKey() throws Exception {
    assertThat(
            error(
                """
                version: 1
                truths:
                  - id: engine
                    kind: single-definition
                    canonical: app.Engine
                """))
        .isEqualTo("3:5: truths[0].names: missing; kind 'single-definition' requires it");
    assertThat(
            error(
                """
                version: 1
                truths:
                  - id: mock
                    kind: import
                    forbids: []
                """))
        .isEqualTo("5:14: truths[0].forbids: must not be empty");
  }

  @Test
  void scopeTestsNeedsTestGlobs() throws Exception {
    assertThat(
            error("version: 1\ntruths:\n  - {id: m, kind: import, forbids: mock, scope: tests}\n"))
        .isEqualTo(
            "3:49: truths[0].scope: 'tests' needs the top-level 'tests' globs; none are set");
  }

  @Test
  void rewriteMayOnlyUseCapturedPlaceholders() throws Exception {
    assertThat(
            error(
                """
                version: 1
                truths:
                  - id: env
                    kind: api
                    forbids: [os.getenv]
                    rewrite: {"os.getenv({0})": "get_env().get({1})"}
                """))
        .isEqualTo(
            "6:33: truths[0].rewrite['os.getenv({0})']: uses {1}, which the forbidden form does"
                + " not capture");
  }

  @Test
  void yamlSyntaxErrorIsOneLine() throws Exception {
    assertThat(error("version: 1\ntests: [\"a/**\"\ntruths: []\n"))
        .isEqualTo(
            "3:1: YAML syntax error: expected ',' or ']', but got <scalar> (while parsing a flow"
                + " sequence at 2:8)");
  }

  @Test
  void duplicateKey() throws Exception {
    assertThat(error("version: 1\ntruths: []\ntruths: []\n"))
        .isEqualTo("3:1: truths: duplicate key (first at line 2)");
  }

  @Test
  void emptyFile() throws Exception {
    assertThat(error("")).isEqualTo("1:1: policy is empty; start it with 'version: 1'");
    assertThat(error("# nothing yet\n"))
        .isEqualTo("1:1: policy is empty; start it with 'version: 1'");
  }

  @Test
  void unsupportedVersion() throws Exception {
    assertThat(error("version: 2\n"))
        .isEqualTo("1:10: version: unsupported version 2 (this ssot-gardener reads version 1)");
    assertThat(error("version: \"1\"\n"))
        .isEqualTo("1:10: version: expected the number 1, found a string");
    assertThat(error("tests: []\n"))
        .isEqualTo("1:1: version: missing; start the policy with 'version: 1'");
  }

  @Test
  void binaryOrNonUtf8File() throws Exception {
    assertThat(error(new byte[] {'v', ':', ' ', 1, 0, 2}))
        .isEqualTo("1:5: contains a NUL byte; a policy is UTF-8 text");
    assertThat(error("version: 1\nimpact: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)))
        .isEqualTo("2:12: not valid UTF-8; a policy is UTF-8 text");
  }
}
