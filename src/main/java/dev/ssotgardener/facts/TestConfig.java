package dev.ssotgardener.facts;

import java.util.List;

/**
 * A test framework's settings that a configuration file declares ({@code pytest.ini}, the {@code
 * [tool.pytest.ini_options]} table of {@code pyproject.toml}, ...): what decides which classes the
 * framework collects.
 *
 * @param framework the framework configured ({@code pytest})
 * @param precedence the rank of this kind of file among the framework's configuration files in one
 *     folder, 0 first: the framework reads the first one it finds, nearest folder first
 * @param classPatterns the class-name patterns the framework collects (pytest's {@code
 *     python_classes}: prefixes, or globs when they hold {@code *?[}), the framework's default
 *     where the file leaves them unset
 * @param testPaths the folders, relative to the configuration file's folder, the framework searches
 *     when given none (pytest's {@code testpaths}); empty where the file leaves them unset
 * @param filePatterns the file-name globs the framework collects (pytest's {@code python_files});
 *     the framework's default where the file leaves them unset
 */
public record TestConfig(
    String framework,
    int precedence,
    List<String> classPatterns,
    List<String> testPaths,
    List<String> filePatterns) {
  /** pytest's default {@code python_classes}: names starting with {@code Test}. */
  public static final List<String> PYTEST_DEFAULT_CLASSES = List.of("Test");

  public TestConfig {
    classPatterns = List.copyOf(classPatterns);
    testPaths = List.copyOf(testPaths);
    filePatterns = List.copyOf(filePatterns);
  }
}
