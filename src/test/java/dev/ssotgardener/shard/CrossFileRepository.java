package dev.ssotgardener.shard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated repository whose findings depend on other files: imports along a chain of modules
 * (dangling where a link is missing), test classes whose base is reached through a chain of base
 * classes in other files, a class defined again in several files, and one of each per-file finding
 * (conflict markers, a syntax error, a suppression, a binary file, a glob matching nothing).
 */
final class CrossFileRepository {
  static final int MODULES = 40;
  static final int BASES = 8;
  static final int TESTS = 24;

  static final List<String> ENGINE_FILES = new ArrayList<>();
  static final List<String> BASE_CHAIN = new ArrayList<>();
  static final List<String> IMPORT_CHAIN = new ArrayList<>();

  static {
    for (int k = 0; k < MODULES; k++) {
      IMPORT_CHAIN.add(module(k));
      if (k % 6 == 0) {
        ENGINE_FILES.add(module(k));
      }
    }
    for (int k = 0; k < BASES; k++) {
      BASE_CHAIN.add("tests/bases/good_" + k + ".py");
      BASE_CHAIN.add("tests/bases/bad_" + k + ".py");
    }
  }

  private CrossFileRepository() {}

  static void write(Path dir) throws IOException {
    write(
        dir,
        "ssot.yml",
        """
        version: 1
        tests: ["tests/**/test_*.py", "nowhere/**"]
        truths:
          - id: base-test-case
            kind: base-class
            canonical: [framework.base.SsotTestCase]
            replaces: [unittest.TestCase]
            scope: tests
          - id: engine
            kind: single-definition
            canonical: app.core.engine.Engine
            names: ["*Engine"]
          - id: environment
            kind: api
            canonical: [app.core.env.get_env]
            forbids: [os.environ, os.getenv]
        checks: {conflict-markers: error, dangling-imports: error}
        """);
    write(dir, "framework/__init__.py", "");
    write(
        dir,
        "framework/base.py",
        "import unittest\n\n\nclass SsotTestCase(unittest.TestCase):\n    pass\n");
    write(dir, "app/__init__.py", "");
    write(dir, "app/core/__init__.py", "");
    write(dir, "app/core/engine.py", "class Engine:\n    pass\n");
    write(
        dir,
        "app/core/env.py",
        "import os\n\n\ndef get_env(name):\n    return os.environ.get(name)\n");
    for (int k = 0; k < MODULES; k++) {
      StringBuilder py = new StringBuilder("import os\n\n");
      // every fifth module imports a neighbour that was removed: dangling only across files
      py.append(
          k % 5 == 4
              ? "from app.gone_" + k + " import helper_" + k + "\n"
              : "from app.mod_"
                  + ((k + 1) % MODULES)
                  + " import helper_"
                  + ((k + 1) % MODULES)
                  + "\n");
      py.append("\n\ndef helper_").append(k).append("():\n    return ").append(k).append('\n');
      if (k % 6 == 0) {
        py.append("\n\nclass ShadowEngine:\n    pass\n");
      }
      if (k % 4 == 0) {
        py.append(
            k % 8 == 0 ? "\n# ssot: ignore[environment] read before the wrapper exists\n" : "\n");
        py.append("VALUE = os.environ[\"X").append(k).append("\"]\n");
      }
      write(dir, module(k), py.toString());
    }
    write(dir, "tests/__init__.py", "");
    write(dir, "tests/bases/__init__.py", "");
    for (int k = 0; k < BASES; k++) {
      for (String kind : List.of("good", "bad")) {
        String base =
            k == 0
                ? kind.equals("good") ? "framework.base.SsotTestCase" : "unittest.TestCase"
                : "tests.bases." + kind + "_" + (k - 1) + "." + cap(kind) + (k - 1);
        String module = base.substring(0, base.lastIndexOf('.'));
        String name = base.substring(base.lastIndexOf('.') + 1);
        write(
            dir,
            "tests/bases/" + kind + "_" + k + ".py",
            "from "
                + module
                + " import "
                + name
                + "\n\n\nclass "
                + cap(kind)
                + k
                + "("
                + name
                + "):\n    pass\n");
      }
    }
    for (int k = 0; k < TESTS; k++) {
      String kind = k % 3 == 0 ? "bad" : "good";
      int depth = k % BASES;
      // a module of the repository's own framework package that is gone: dangling, which an
      // audit of the tests folder tells only from the framework's files outside it
      String gone = k == 1 ? "from framework.gone import Nothing\n" : "";
      write(
          dir,
          "tests/unit/test_" + k + ".py",
          gone
              + "from tests.bases."
              + kind
              + "_"
              + depth
              + " import "
              + cap(kind)
              + depth
              + "\n\n\n"
              + "class TestCase"
              + k
              + "("
              + cap(kind)
              + depth
              + "):\n"
              + "    def test_it(self):\n        assert True\n");
    }
    write(dir, "app/merged.py", "<<<<<<< HEAD\nVALUE = 1\n=======\nVALUE = 2\n>>>>>>> feature\n");
    write(dir, "app/broken.py", "def broken(:\n    pass\n");
    write(dir, "docs/notes.txt", "Notes\n<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> b\n");
    write(dir, "docs/plain.txt", "Nothing to see\n");
    Files.write(dir.resolve("app/data.bin"), new byte[] {1, 0, 2, 0});
  }

  static String module(int k) {
    return "app/mod_" + k + ".py";
  }

  private static String cap(String kind) {
    return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
  }

  private static void write(Path dir, String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
