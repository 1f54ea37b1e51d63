package dev.ssotgardener.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A seeded repository for the crash tests: the bundled example (its policy and canonical code) plus
 * generated Python and Java tests with fixable findings (a replaced base class, a rewritable
 * environment read, a conflict whose sides agree) and ones left for a person (a forbidden mock
 * import, a conflict whose sides differ).
 */
final class CrashRepository {
  private static final Path EXAMPLE = Path.of("examples/golden-path");

  private CrashRepository() {}

  static void generate(Path root, long seed, int pythonTests, int javaTests) throws IOException {
    copyExample(root);
    Random random = new Random(seed);
    for (int i = 0; i < pythonTests; i++) {
      write(root.resolve("tests/unit/gen" + i % 7 + "/test_gen_" + i + ".py"), python(i, random));
    }
    for (int i = 0; i < javaTests; i++) {
      write(root.resolve("src/test/java/com/netra/gen/Gen" + i + "Test.java"), java(i, random));
    }
  }

  private static String python(int i, Random random) {
    StringBuilder text = new StringBuilder("\"\"\"Generated test " + i + ".\"\"\"\n");
    text.append("import os\nimport unittest\n");
    if (random.nextInt(4) == 0) {
      text.append("from unittest.mock import MagicMock\n");
    }
    text.append("\n\nclass TestGen").append(i).append("(unittest.TestCase):\n");
    text.append("    def test_env(self):\n");
    text.append("        value = os.getenv(\"KEY_").append(i).append("\")\n");
    text.append("        self.assertIsNone(value)\n");
    for (int m = 0; m < 1 + random.nextInt(6); m++) {
      text.append("\n    def test_case_").append(m).append("(self):\n");
      text.append("        self.assertEqual(")
          .append(m)
          .append(" + 1, ")
          .append(m + 1)
          .append(")\n");
    }
    if (random.nextInt(3) == 0) {
      boolean agree = random.nextBoolean();
      text.append("\n    def test_merged(self):\n<<<<<<< HEAD\n        self.assertTrue(True)\n")
          .append("=======\n        self.assertTrue(")
          .append(agree ? "True" : "not False")
          .append(")\n>>>>>>> feature\n");
    }
    if (random.nextBoolean()) {
      text.append("\n\nif __name__ == \"__main__\":\n    unittest.main()\n");
    }
    return text.toString();
  }

  /** A Java test with a replaced base class, an environment read, or both. */
  private static String java(int i, Random random) {
    boolean base = random.nextBoolean();
    StringBuilder text = new StringBuilder("package com.netra.gen;\n\n");
    text.append(
        base
            ? "import junit.framework.TestCase;\n\n"
            : "import com.netra.testframework.SSotBaseTestCase;\n\n");
    text.append("public class Gen")
        .append(i)
        .append("Test extends ")
        .append(base ? "TestCase" : "SSotBaseTestCase")
        .append(" {\n");
    text.append("  public void testEnv() {\n");
    text.append("    String url = ")
        .append(base && random.nextBoolean() ? "\"url\"" : "System.getenv(\"URL_" + i + "\")")
        .append(";\n");
    text.append("    assertNotNull(url);\n  }\n");
    for (int m = 0; m < random.nextInt(4); m++) {
      text.append("\n  public void testCase").append(m).append("() {\n");
      text.append("    assertEquals(").append(m + 1).append(", ").append(m).append(" + 1);\n  }\n");
    }
    return text.append("}\n").toString();
  }

  private static void copyExample(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(EXAMPLE)) {
      files
          .filter(Files::isRegularFile)
          .filter(file -> !EXAMPLE.relativize(file).startsWith(".ssot"))
          .forEach(
              file -> {
                try {
                  write(root.resolve(EXAMPLE.relativize(file).toString()), Files.readString(file));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
