package dev.ssotgardener;

/**
 * The one-truth policy of the scripted repositories in the history, diff and baseline tests: test
 * files may not import {@code unittest.mock}.
 */
public final class MockFactoryPolicy {
  public static final String TEXT =
      """
      version: 1
      tests: ["tests/**/test_*.py"]
      truths:
        - id: mock-factory
          kind: import
          canonical: framework.mocks.MockFactory
          forbids: [unittest.mock]
          scope: tests
      """;

  /** A line that breaks it in a test file. */
  public static final String MOCK_IMPORT = "from unittest.mock import patch\n";

  private MockFactoryPolicy() {}
}
