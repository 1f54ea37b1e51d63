package dev.ssotgardener.rules;

import java.util.regex.Pattern;

/** The naming conventions of test classes (pytest, unittest, JUnit): TestX, XTest, XTests. */
final class TestClassNames {
  private static final Pattern TEST_CLASS_NAME = Pattern.compile("Test([A-Z0-9_].*)?|.*Tests?");
  private static final Pattern TEST_PREFIX = Pattern.compile("Test([A-Z0-9_].*)?");

  private TestClassNames() {}

  static boolean looksLikeTest(String simpleName) {
    return TEST_CLASS_NAME.matcher(simpleName).matches();
  }

  /** {@code TestUserExecutionEngine} tests the engine; it is not another engine. */
  static boolean hasTestPrefix(String simpleName) {
    return TEST_PREFIX.matcher(simpleName).matches();
  }
}
