package dev.ssotgardener.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.PolicyLoader;
import dev.ssotgardener.workspace.WalkOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The walk derives each commit's tree, facts and index from the commit before; a generated history
 * must still give the answer of auditing every commit from scratch. Each seed's history edits
 * modules that other files import, subclass and re-export (dangling imports, base classes and
 * single definitions found through other files), deletes and restores them, renames test files,
 * moves the whole source tree under {@code proj/src/} and back (module names kept), toggles a
 * project file that makes {@code lib/} a source root (module names changed), adds and removes Java
 * packages (within a namespace root and as a root of their own), and merges side branches that
 * diverged from the main line.
 */
class GeneratedHistoryTest {
  private static final String POLICY =
      """
      version: 1
      tests: ["tests/**/test_*.py", "**/jtests/**"]
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
        - id: java-base-test
          kind: base-class
          canonical: [com.acme.BaseTest]
          replaces: [junit.framework.TestCase]
          scope: tests
        - id: logging
          kind: import
          canonical: [org.jboss.logging]
          forbids: [java.util.logging]
        - id: execution-engine
          kind: single-definition
          canonical: lib.engine.UserExecutionEngine
          names: ["*ExecutionEngine"]
      checks: {conflict-markers: error, dangling-imports: error}
      """;

  /** Versions of the source files, by path below the source root; null is "absent". */
  private static final Map<String, List<String>> SOURCES = new TreeMap<>();

  /** Versions of the test files, by name; they live in {@code tests/} or {@code tests/unit/}. */
  private static final Map<String, List<String>> TESTS = new TreeMap<>();

  static {
    SOURCES.put(
        "lib/__init__.py",
        versions("", "from lib.impl import Thing\n", "from lib.impl import *\n", null));
    SOURCES.put(
        "lib/impl.py",
        versions(
            "class Thing:\n    pass\n",
            "class Other:\n    pass\n",
            "from unittest.mock import MagicMock as Thing\n",
            "from framework.base import BaseTest as Thing\n",
            "import os\nThing = os.environ\n",
            null));
    SOURCES.put(
        "lib/engine.py",
        versions(
            "class UserExecutionEngine:\n    pass\n",
            "class UserExecutionEngine:\n    pass\n\n\nclass OldExecutionEngine:\n    pass\n",
            "from lib.impl import Thing\n\n\nclass UserExecutionEngine(Thing):\n    pass\n",
            null));
    SOURCES.put(
        "lib/engines.py",
        versions(
            "from lib.engine import UserExecutionEngine\n\n\n"
                + "class FastExecutionEngine(UserExecutionEngine):\n    pass\n",
            "class FastExecutionEngine:\n    pass\n",
            null));
    SOURCES.put(
        "framework/base.py",
        versions(
            "import unittest\n\n\nclass BaseTest(unittest.TestCase):\n    pass\n",
            "class BaseTest:\n    pass\n"));
    // Java packages come and go under one namespace root (com.acme) and with a root of their own
    // (org.other): imports of them dangle or resolve, and the logging import is forbidden.
    SOURCES.put(
        "java/com/acme/core/Engine.java",
        versions(
            "package com.acme.core;\npublic class Engine {}\n",
            "package com.acme.core;\npublic class Motor {}\n",
            null));
    SOURCES.put(
        "java/com/acme/extra/Helper.java",
        versions(
            "package com.acme.extra;\nimport com.acme.core.Engine;\npublic class Helper extends"
                + " Engine {}\n",
            "package com.acme.extra;\nimport java.util.logging.Logger;\npublic class Helper {}\n",
            null));
    SOURCES.put(
        "java/com/acme/extra/more/Deep.java",
        versions(
            "package com.acme.extra.more;\nimport com.acme.extra.Helper;\npublic class Deep {}\n",
            "package com.acme.extra.more;\nimport com.acme.core.Motor;\nclass Deep {}\n",
            null));
    SOURCES.put(
        "java/org/other/Thing.java",
        versions(
            "package org.other;\nimport com.acme.extra.more.Deep;\nclass Thing {}\n",
            null,
            "package org.other;\nimport org.other.gone.Missing;\nclass Thing {}\n"));
    // A Java test reaches the replaced base through two other files: a change to the first must
    // reach the test through the one between, whose source does not change.
    SOURCES.put(
        "java/com/acme/core/Base.java",
        versions(
            "package com.acme.core;\nimport junit.framework.TestCase;\npublic class Base extends"
                + " TestCase {}\n",
            "package com.acme.core;\npublic class Base {}\n",
            null));
    SOURCES.put(
        "java/com/acme/mid/Mid.java",
        versions(
            "package com.acme.mid;\nimport com.acme.core.Base;\npublic class Mid extends Base {}\n",
            "package com.acme.mid;\nimport com.acme.core.Base;\npublic class Mid {\n  Base b;\n}\n"));
    SOURCES.put(
        "jtests/com/acme/LeafTest.java",
        versions(
            "package com.acme;\nimport com.acme.mid.Mid;\npublic class LeafTest extends Mid {}\n"));
    SOURCES.put(
        "framework/mocks.py",
        versions("from unittest.mock import MagicMock\n\n\nclass MockFactory:\n    pass\n"));
    TESTS.put(
        "test_a.py",
        versions(
            "from lib import Thing\n\n\nclass TestA(Thing):\n    pass\n",
            "from lib.impl import Thing\nimport os\n\nX = os.getenv('X')\n",
            "import unittest\n\n\nclass TestA(unittest.TestCase):\n    pass\n",
            "from lib.engine import UserExecutionEngine\n\n\n"
                + "class LocalExecutionEngine(UserExecutionEngine):\n    pass\n",
            null));
    TESTS.put(
        "test_b.py",
        versions(
            "from framework.base import BaseTest\n\n\nclass TestB(BaseTest):\n    pass\n",
            "from unittest import mock\nfrom lib.engines import FastExecutionEngine\n",
            "from lib.impl import Other\n\n\ndef test_b():\n    assert Other\n",
            null));
    TESTS.put(
        "test_c.py",
        versions(
            "from framework.mocks import MockFactory\n\n\ndef test_c():\n    assert MockFactory\n",
            "<<<<<<< HEAD\nfrom unittest import mock\n=======\nimport os\n>>>>>>> side\n",
            "from lib import impl\n\n\nclass TestC(impl.Thing):\n    pass\n"));
  }

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void walkEqualsEveryCommitAuditedFromScratch(long seed) throws Exception {
    generate(new Random(seed), 28);
    Policy policy = policy();
    HistoryReport walked =
        new HistoryWalker(policy, WalkOptions.defaults())
            .walk(dir, "HEAD", Optional.empty(), 1000, WalkProgress.none());
    try (FullAuditHistory reference = new FullAuditHistory(dir, policy)) {
      Set<String> atHead = new HashSet<>();
      walked.result().findings().forEach(f -> atHead.add(f.fingerprint()));
      assertThat(atHead).isEqualTo(reference.headFingerprints());
      assertThat(walked.history().byFingerprint())
          .isEqualTo(reference.provenance(walked.result().findings()));
      assertThat(walked.history().trend()).isEqualTo(reference.trend());
    }
    assertThat(walked.result().findings()).extracting(Finding::truth).isNotEmpty();
  }

  /** A main line of {@code commits} commits, with side branches merged into it. */
  private void generate(Random random, int commits) throws Exception {
    try (ScriptedRepo repo = ScriptedRepo.init(dir)) {
      Tree main = new Tree(new TreeMap<>(), null);
      SOURCES.forEach((path, versions) -> main.files.put(path, versions.get(0)));
      TESTS.forEach((name, versions) -> main.files.put("tests/" + name, versions.get(0)));
      Tree tip = main.commit(repo, "initial");
      for (int n = 1; n < commits; n++) {
        if (random.nextInt(5) == 0) {
          Tree base = tip;
          Tree side = base;
          for (int s = 1 + random.nextInt(3); s > 0; s--) {
            side = side.edited(random).commit(repo, "side " + n + "." + s);
          }
          for (int m = random.nextInt(3); m > 0; m--) {
            tip = tip.edited(random).commit(repo, "main " + n + "." + m);
          }
          tip = tip.merged(base, side).commit(repo, "merge side " + n, side.id);
        } else {
          tip = tip.edited(random).commit(repo, "main " + n);
        }
      }
    }
  }

  /** One commit's tree as path → text, and the commit once made. */
  private static final class Tree {
    final TreeMap<String, String> files;
    final ObjectId id;

    Tree(TreeMap<String, String> files, ObjectId id) {
      this.files = files;
      this.id = id;
    }

    /** Commits this tree on top of this one's commit (and {@code others}). */
    Tree commit(ScriptedRepo repo, String message, ObjectId... others) throws Exception {
      List<ObjectId> parents = new ArrayList<>();
      if (id != null) {
        parents.add(id);
      }
      parents.addAll(List.of(others));
      return new Tree(files, repo.commit(message, files, parents.toArray(ObjectId[]::new)));
    }

    /** This tree after one to three random changes. */
    Tree edited(Random random) {
      TreeMap<String, String> next = new TreeMap<>(files);
      String root = next.containsKey("proj/pyproject.toml") ? "proj/src/" : "";
      for (int n = 1 + random.nextInt(3); n > 0; n--) {
        switch (random.nextInt(8)) {
          case 0 -> moveSourceTree(next, root, root.isEmpty() ? "proj/src/" : "");
          case 1 -> toggle(next, root + "lib/setup.cfg", "[metadata]\nname = lib\n");
          case 2 -> renameTest(next, random);
          case 3, 4 -> pick(next, random, SOURCES, root);
          default -> pick(next, random, TESTS, testFolder(random));
        }
        root = next.containsKey("proj/pyproject.toml") ? "proj/src/" : "";
      }
      return new Tree(next, id);
    }

    /** The tree of merging {@code side}, which left {@code base}, into this one: the side wins. */
    Tree merged(Tree base, Tree side) {
      TreeMap<String, String> next = new TreeMap<>(files);
      Set<String> paths = new HashSet<>(base.files.keySet());
      paths.addAll(side.files.keySet());
      for (String path : paths) {
        String was = base.files.get(path);
        String is = side.files.get(path);
        if (is == null ? was != null : !is.equals(was)) {
          if (is == null) {
            next.remove(path);
          } else {
            next.put(path, is);
          }
        }
      }
      return new Tree(next, id);
    }

    /** Moves every source file (and the project file that makes a source root) to {@code to}. */
    private static void moveSourceTree(TreeMap<String, String> files, String from, String to) {
      for (String path : List.copyOf(files.keySet())) {
        boolean source =
            from.isEmpty()
                ? !path.startsWith("tests/") && !path.startsWith("proj/")
                : path.startsWith(from);
        if (source) {
          files.put(to + path.substring(from.length()), files.remove(path));
        }
      }
      if (to.isEmpty()) {
        files.remove("proj/pyproject.toml");
      } else {
        files.put("proj/pyproject.toml", "[project]\nname = \"proj\"\n");
      }
    }

    private static void toggle(TreeMap<String, String> files, String path, String text) {
      if (files.remove(path) == null) {
        files.put(path, text);
      }
    }

    /** Moves a test file between {@code tests/} and {@code tests/unit/}, as is. */
    private static void renameTest(TreeMap<String, String> files, Random random) {
      List<String> tests =
          files.keySet().stream().filter(p -> p.startsWith("tests/")).sorted().toList();
      if (tests.isEmpty()) {
        return;
      }
      String path = tests.get(random.nextInt(tests.size()));
      String name = path.substring(path.lastIndexOf('/') + 1);
      String to = path.startsWith("tests/unit/") ? "tests/" + name : "tests/unit/" + name;
      if (!files.containsKey(to)) {
        files.put(to, files.remove(path));
      }
    }

    private static String testFolder(Random random) {
      return random.nextBoolean() ? "tests/" : "tests/unit/";
    }

    /** Sets one file of {@code versions} below {@code folder} to a random version. */
    private static void pick(
        TreeMap<String, String> files,
        Random random,
        Map<String, List<String>> versions,
        String folder) {
      List<String> names = List.copyOf(versions.keySet());
      String name = names.get(random.nextInt(names.size()));
      List<String> texts = versions.get(name);
      String text = texts.get(random.nextInt(texts.size()));
      if (text == null) {
        files.remove(folder + name);
      } else {
        files.put(folder + name, text);
      }
    }
  }

  private static List<String> versions(String... texts) {
    return Arrays.asList(texts);
  }

  private Policy policy() throws Exception {
    Path file = dir.resolve("ssot.yml");
    Files.writeString(file, POLICY);
    return new PolicyLoader().load(file);
  }
}
