package dev.ssotgardener.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.PolicyLoader;
import dev.ssotgardener.workspace.ReadOutcome;
import dev.ssotgardener.workspace.SourceFile;
import dev.ssotgardener.workspace.WalkOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scripted history of small edits that move names between modules, re-export them, delete and
 * re-add modules and packages, and change canonical definitions: at every commit the incremental
 * audit must equal a full audit of the same tree, finding for finding.
 */
class IncrementalAuditorTest {
  static final String POLICY =
      """
      version: 1
      tests: ["tests/**/test_*.py", "src/test/java/**/*Test.java"]
      closed-namespaces: [com.acme]
      truths:
        - id: mock-factory
          kind: import
          canonical: [framework.mocks.MockFactory]
          forbids: [unittest.mock]
          scope: tests
        - id: base-test-case
          kind: base-class
          canonical: [framework.base.BaseTest]
          replaces: [unittest.TestCase]
          scope: tests
        - id: environment
          kind: api
          canonical: [framework.env.get_env]
          forbids: [os.environ, os.getenv]
        - id: execution-engine
          kind: single-definition
          canonical: app.engine.UserExecutionEngine
          names: ["*ExecutionEngine"]
        - id: user-context
          kind: factory
          canonical: app.context.create_context
          forbids: [app.context.Context]
        - id: java-base
          kind: base-class
          canonical: [com.acme.BaseTest]
          replaces: [junit.framework.TestCase, com.acme.util.TestCase]
          scope: tests
      checks: {conflict-markers: error, dangling-imports: error}
      """;

  /** Each path's versions; null is "absent". */
  static final Map<String, List<String>> VARIANTS = new TreeMap<>();

  static {
    VARIANTS.put(
        "app/__init__.py",
        variants(
            "",
            "from app.impl import Thing\n",
            "from app.impl2 import Thing\n",
            "from app.impl import *\n",
            "from app.sub import mod\nfrom app.engine import *\n"));
    VARIANTS.put(
        "app/impl.py",
        variants(
            "class Thing:\n    pass\n",
            "class Other:\n    pass\n",
            "from unittest.mock import MagicMock as Thing\n",
            "from framework.base import BaseTest as Thing\n",
            "import os\nThing = os.environ\n"));
    VARIANTS.put(
        "app/impl2.py",
        variants(
            "from unittest import mock as Thing\n",
            "from unittest import TestCase\n\n\nclass Thing(TestCase):\n    pass\n",
            "from app.impl import Thing\n"));
    VARIANTS.put("app/sub/__init__.py", variants("", "from app.sub.mod import helper\n"));
    VARIANTS.put(
        "app/sub/mod.py",
        variants(
            "def helper():\n    pass\n",
            "from legacy import helper\n",
            "<<<<<<< HEAD\ndef helper():\n    pass\n=======\ndef helper2():\n    pass\n"
                + ">>>>>>> side\n"));
    VARIANTS.put(
        "app/engine.py",
        variants(
            "class UserExecutionEngine:\n    pass\n",
            "class UserExecutionEngine:\n    pass\n\n\nclass OldExecutionEngine:\n    pass\n",
            "from app.impl import Thing\n\n\nclass UserExecutionEngine(Thing):\n    pass\n"));
    VARIANTS.put(
        "app/engines.py",
        variants(
            "from app.engine import UserExecutionEngine\n\n\n"
                + "class FastExecutionEngine(UserExecutionEngine):\n    pass\n",
            "class FastExecutionEngine:\n    pass\n",
            "class FastExecutionEngine:  # ssot: ignore[execution-engine]\n    pass\n"));
    VARIANTS.put(
        "app/context.py",
        variants(
            "class Context:\n    pass\n\n\ndef create_context():\n    return Context()\n",
            "from app.impl import Thing as Context\n\n\ndef create_context():\n"
                + "    return Context()\n"));
    VARIANTS.put("legacy.py", variants("def helper():\n    pass\n", "def other():\n    pass\n"));
    VARIANTS.put(
        "framework/base.py",
        variants(
            "import unittest\n\n\nclass BaseTest(unittest.TestCase):\n    pass\n",
            "class BaseTest:\n    pass\n"));
    VARIANTS.put(
        "framework/mocks.py",
        variants(
            "from unittest.mock import MagicMock\n\n\nclass MockFactory:\n    pass\n",
            "from unittest import mock\n"));
    VARIANTS.put(
        "tests/test_a.py",
        variants(
            "from app import Thing\n\n\nclass TestA(Thing):\n    pass\n",
            "from app.impl import Thing\nimport os\n\nX = os.getenv('X')\n",
            "from app.sub import mod\nfrom app.sub.mod import helper\n",
            "import app.impl2\n\n\nclass TestA(app.impl2.Thing):\n    pass\n",
            "from app.context import Context\n\nC = Context()\n",
            "from app import Thing  # ssot: ignore[mock-factory] the legacy suite\n"));
    VARIANTS.put(
        "tests/test_b.py",
        variants(
            "from framework.base import BaseTest\n\n\nclass TestB(BaseTest):\n    pass\n",
            "import unittest\n\n\nclass TestB(unittest.TestCase):\n    pass\n",
            "from app.impl2 import Thing\nfrom app import impl2\n",
            "from legacy import helper\nfrom app.sub.mod import helper2\n"));
    VARIANTS.put(
        "src/main/java/com/acme/Engine.java",
        variants(
            "package com.acme;\n\npublic class Engine {}\n",
            "package com.acme;\n\nimport com.acme.gen.Generated;\n\n"
                + "public class Engine extends Generated {}\n",
            // dangling only while com.acme.gen declares types: package-info alone makes it opaque
            "package com.acme;\n\nimport com.acme.gen.Missing;\n\npublic class Engine {}\n"));
    VARIANTS.put(
        "src/main/java/com/acme/gen/package-info.java", variants("package com.acme.gen;\n"));
    VARIANTS.put(
        "src/main/java/com/acme/gen/Generated.java",
        variants("package com.acme.gen;\n\npublic class Generated {}\n"));
    VARIANTS.put(
        "src/test/java/com/acme/EngineTest.java",
        variants(
            "package com.acme;\n\nimport org.mockito.Mockito;\n\n"
                + "public class EngineTest extends Engine {}\n",
            "package com.acme;\n\nimport com.acme.gen.Generated;\n\n"
                + "public class EngineTest extends Generated {}\n"));
    // The base class a simple name resolves to depends on which files exist (the folder's own
    // TestCase.java, a wildcard-imported package's), not on the test's own content.
    VARIANTS.put(
        "src/test/java/com/acme/LayoutTest.java",
        variants(
            "package com.acme;\n\nimport junit.framework.*;\n\n"
                + "public class LayoutTest extends TestCase {}\n",
            "package com.acme;\n\nimport junit.framework.*;\nimport com.acme.util.*;\n\n"
                + "public class LayoutTest extends TestCase {}\n"));
    VARIANTS.put(
        "src/test/java/com/acme/TestCase.java",
        variants("package com.acme;\n\npublic class TestCase {}\n"));
    VARIANTS.put(
        "src/main/java/com/acme/util/TestCase.java",
        variants("package com.acme.util;\n\npublic class TestCase {}\n"));
  }

  @TempDir Path dir;

  @Test
  void equalsAFullAuditAtEveryCommitOfAScriptedHistory() throws Exception {
    Policy policy = policy();
    Auditor full = new Auditor(policy, WalkOptions.defaults());
    IncrementalAuditor incremental = new IncrementalAuditor(policy);
    FactsCache cache = FactsCache.inMemory();
    Random random = new Random(20240101);
    Map<String, String> tree = new TreeMap<>();
    VARIANTS.forEach((path, versions) -> tree.put(path, versions.get(0)));
    int commits = 200;
    int judgedByFullAudits = 0;
    for (int commit = 0; commit < commits; commit++) {
      List<StoredFile> files = stored(tree);
      AuditResult expected = full.audit("c" + commit, files, cache, lines(tree));
      AuditResult actual = incremental.audit("c" + commit, files, cache, lines(tree));
      assertThat(fingerprints(actual))
          .as("commit %d, tree %s", commit, tree)
          .containsExactlyElementsOf(fingerprints(expected));
      assertThat(actual).as("commit %d", commit).isEqualTo(expected);
      judgedByFullAudits += files.size();
      edit(tree, random);
    }
    // Most commits change one or two files; far fewer files are judged than full audits judge.
    assertThat(incremental.filesJudged()).isLessThan(judgedByFullAudits / 2);
  }

  /**
   * A class moves to another existing package (no namespace appears or vanishes): a file extending
   * it, reached through the old package, passes the change on to its own subclasses, as the bases
   * under the package say; a test two hops away loses its finding.
   */
  @Test
  void aClassMovedBetweenPackagesReachesTheSubclassesOfItsSubclasses() throws Exception {
    Policy policy = policy();
    Map<String, String> tree = new TreeMap<>();
    tree.put("src/main/java/com/acme/lib/Keep.java", "package com.acme.lib;\n\nclass Keep {}\n");
    tree.put(
        "src/main/java/com/acme/other/Stay.java", "package com.acme.other;\n\nclass Stay {}\n");
    tree.put(
        "src/main/java/com/acme/lib/Legacy.java",
        "package com.acme.lib;\n\nimport junit.framework.TestCase;\n\n"
            + "public class Legacy extends TestCase {}\n");
    tree.put(
        "src/test/java/com/acme/mid/Middle.java",
        "package com.acme.mid;\n\nimport com.acme.lib.Legacy;\n\n"
            + "public class Middle extends Legacy {}\n");
    tree.put(
        "src/test/java/com/acme/EngineTest.java",
        "package com.acme;\n\nimport com.acme.mid.Middle;\n\n"
            + "public class EngineTest extends Middle {}\n");
    Auditor full = new Auditor(policy, WalkOptions.defaults());
    IncrementalAuditor incremental = new IncrementalAuditor(policy);
    FactsCache cache = FactsCache.inMemory();
    AuditResult before = incremental.audit("c0", stored(tree), cache, lines(tree));
    assertThat(before.findings()).anyMatch(f -> f.path().endsWith("EngineTest.java"));
    tree.put(
        "src/main/java/com/acme/lib/Legacy.java",
        tree.get("src/main/java/com/acme/lib/Legacy.java")
            .replace("package com.acme.lib;", "package com.acme.other;"));
    AuditResult expected = full.audit("c1", stored(tree), cache, lines(tree));
    assertThat(expected.findings()).noneMatch(f -> f.path().endsWith("EngineTest.java"));
    assertThat(incremental.audit("c1", stored(tree), cache, lines(tree))).isEqualTo(expected);
  }

  /** Sets one to three files to another version (or removes them). */
  private static void edit(Map<String, String> tree, Random random) {
    List<String> paths = new ArrayList<>(VARIANTS.keySet());
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      String path = paths.get(random.nextInt(paths.size()));
      List<String> versions = VARIANTS.get(path);
      String version = versions.get(random.nextInt(versions.size()));
      if (version == null) {
        tree.remove(path);
      } else {
        tree.put(path, version);
      }
    }
  }

  private static List<String> variants(String... versions) {
    List<String> all = new ArrayList<>(List.of(versions));
    all.add(null);
    return all;
  }

  private static List<StoredFile> stored(Map<String, String> tree) {
    List<StoredFile> files = new ArrayList<>();
    tree.forEach(
        (path, text) ->
            files.add(
                new StoredFile(
                    path,
                    FactsKey.contentIdOf(text),
                    () ->
                        new ReadOutcome.Text(
                            new SourceFile(path, text, StandardCharsets.UTF_8, false)))));
    return files;
  }

  private static LineSource lines(Map<String, String> tree) {
    Map<String, String> snapshot = Map.copyOf(tree);
    return path -> snapshot.getOrDefault(path, "").lines().toList();
  }

  private static List<String> fingerprints(AuditResult result) {
    return result.findings().stream().map(Finding::fingerprint).toList();
  }

  private Policy policy() throws Exception {
    Path file = dir.resolve("ssot.yml");
    Files.writeString(file, POLICY);
    return new PolicyLoader().load(file);
  }
}
