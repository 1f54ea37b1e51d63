package dev.ssotgardener.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy keys that say what real bans say: exclude, name patterns, honors, YAML reuse. */
class PolicyLanguageTest {
  @TempDir Path dir;

  private Policy load(String yaml) throws Exception {
    return new PolicyLoader().load(Files.writeString(dir.resolve("ssot.yml"), yaml));
  }

  private String error(String yaml) throws Exception {
    Path file = Files.writeString(dir.resolve("ssot.yml"), yaml);
    try {
      new PolicyLoader().load(file);
    } catch (PolicyException e) {
      assertThat(e.getMessage()).startsWith(file + ":").doesNotContain("\n");
      return e.getMessage().substring(file.toString().length() + 1);
    }
    throw new AssertionError("expected the policy to be rejected");
  }

  private static final String HEAD = "version: 1\ntruths:\n  - id: bans\n    kind: import\n";

  @Test
  void excludeIsReadAsGlobs() throws Exception {
    Policy policy = load("version: 1\nexclude: [vendor/, '**/generated/**']\n");

    assertThat(policy.exclude().matches("vendor/lib/a.py")).isTrue();
    assertThat(policy.exclude().matches("src/generated/X.java")).isTrue();
    assertThat(policy.exclude().matches("src/a.py")).isFalse();
  }

  @Test
  void everyPathGlobIsASiteToWarnAbout() throws Exception {
    Policy policy =
        load(
            "version: 1\ntests: ['src/test/java/**']\ntest-class-names: ['*Tests']\n"
                + HEAD.substring("version: 1\n".length())
                + "    forbids: os\n    allow: [legacy/]\n");

    assertThat(policy.globSites())
        .extracting(GlobSite::key, GlobSite::line, GlobSite::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("tests[0]", 2, 9),
            org.assertj.core.groups.Tuple.tuple("truths[0].allow[0]", 8, 13));
    assertThat(policy.unmatchedGlobWarnings(java.util.List.of("core/src/test/java/ATest.java")))
        .containsExactly(
            dir.resolve("ssot.yml") + ":2:9: tests[0]: \"src/test/java/**\" matches no file",
            dir.resolve("ssot.yml") + ":8:13: truths[0].allow[0]: \"legacy/\" matches no file");
  }

  @Test
  void forbidsPatternsExceptAndHonors() throws Exception {
    Truth truth =
        load(HEAD
                + "    forbids: ['org.apache.commons.**', '**.shaded.**']\n"
                + "    except: [org.apache.commons.lang3]\n"
                + "    honors: [noqa, 'noqa:TID251', 'checkstyle:IllegalImport']\n")
            .truths()
            .get(0);

    assertThat(truth.except()).containsExactly("org.apache.commons.lang3");
    assertThat(truth.honors()).containsExactly("noqa", "noqa:TID251", "checkstyle:IllegalImport");
    assertThat(truth.forbidden().covering("org.apache.commons.lang3.StringUtils")).isNull();
    assertThat(truth.forbidden().covering("io.x.shaded.Y")).isEqualTo("io.x.shaded.Y");
  }

  @Test
  void aBadPatternIsNamedWhereItIsWritten() throws Exception {
    assertThat(error(HEAD + "    forbids:\n      - os\n      - 'a..b'\n"))
        .isEqualTo(
            "7:9: truths[0].forbids[1]: invalid name pattern 'a..b': empty segment (two dots, or a"
                + " dot at an end)");
    assertThat(error(HEAD + "    forbids: os\n    except: ['x.**y']\n"))
        .startsWith("6:14: truths[0].except[0]: invalid name pattern 'x.**y'");
  }

  @Test
  void exceptMustBeAListOfNames() throws Exception {
    assertThat(error(HEAD + "    forbids: os\n    except: {os.path: yes}\n"))
        .isEqualTo("6:13: truths[0].except: expected a string or a list of strings, found a map");
    assertThat(
            error(
                "version: 1\ntruths:\n  - id: one\n    kind: base-class\n    canonical: a.B\n"
                    + "    except: [a]\n"))
        .startsWith("6:5: truths[0].except: does not apply to kind 'base-class'");
  }

  @Test
  void anUnknownMappingIsAnError() throws Exception {
    assertThat(error(HEAD + "    forbids: os\n    honors: [pylint:W0611]\n"))
        .startsWith("6:14: truths[0].honors[0]: unknown mapping 'pylint:W0611' (expected noqa,");
    assertThat(error(HEAD + "    forbids: os\n    honors: ['noqa:tid251']\n"))
        .startsWith("6:14: truths[0].honors[0]: unknown mapping 'noqa:tid251'");
  }

  @Test
  void anchorsAliasesAndMergeKeys() throws Exception {
    Policy policy =
        load(
            """
            version: 1
            tests: &tests ['tests/**']
            truths:
              - &common
                id: first
                kind: import
                forbids: os
                scope: *tests
                severity: warning
              - <<: *common
                id: second
                forbids: [sys]
              - <<: [{kind: api, severity: warning}, *common]
                id: third
            """);

    assertThat(policy.truths())
        .extracting(Truth::id, t -> t.kind().id(), Truth::forbids, t -> t.severity().name())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "first", "import", java.util.List.of("os"), "WARNING"),
            org.assertj.core.groups.Tuple.tuple(
                "second", "import", java.util.List.of("sys"), "WARNING"),
            org.assertj.core.groups.Tuple.tuple(
                "third", "api", java.util.List.of("os"), "WARNING"));
    assertThat(policy.truths().get(1).scope()).isEqualTo(new Scope.Globs(policy.tests()));
  }

  @Test
  void aliasErrorsStillNameTheLine() throws Exception {
    assertThat(error("version: 1\ntests: *nowhere\n")).startsWith("2:8: ");
    assertThat(error("version: 1\nx-base: &b [x]\ntruths:\n  - <<: *b\n"))
        .isEqualTo("2:9: truths[0].<<: a merge key takes a map or a list of maps, found a list");
    assertThat(error("version: 1\nx-common: &c {kind: import}\ntruths:\n  - <<: *c\n    id: x\n"))
        .startsWith("4:5: truths[0].forbids: missing");
  }

  @Test
  void rewriteAppliesToLiteralEntriesWhilePatternsStillMatch() throws Exception {
    Truth truth =
        load(HEAD + "    forbids: ['**.*Utils', old.api]\n    rewrite: {old.api: new.api}\n")
            .truths()
            .get(0);

    assertThatThrownBy(() -> truth.forbidden().covering(null))
        .isInstanceOf(NullPointerException.class);
    assertThat(truth.rewrite()).containsOnlyKeys("old.api");
  }
}
