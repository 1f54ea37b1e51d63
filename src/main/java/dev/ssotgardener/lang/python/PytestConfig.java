package dev.ssotgardener.lang.python;

import dev.ssotgardener.facts.TestConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads pytest's {@code python_classes}, {@code testpaths} and {@code python_files} from the files
 * pytest takes its configuration from, in pytest's order within one folder: {@code pytest.ini}
 * (always, even without a {@code [pytest]} section), {@code .pytest.ini}, {@code pyproject.toml}
 * ({@code [tool.pytest.ini_options]} or {@code [tool.pytest]}), {@code tox.ini} ({@code [pytest]})
 * and {@code setup.cfg} ({@code [tool:pytest]}). A file without its section configures nothing.
 */
final class PytestConfig {
  /** The file names pytest reads, in its order of precedence. */
  static final List<String> FILES =
      List.of("pytest.ini", ".pytest.ini", "pyproject.toml", "tox.ini", "setup.cfg");

  /** pytest's default {@code python_files}. */
  private static final List<String> DEFAULT_FILES = List.of("test_*.py", "*_test.py");

  private static final Pattern SECTION = Pattern.compile("^\\s*\\[([^\\]]*)]\\s*(#.*)?$");
  private static final Pattern INI_KEY = Pattern.compile("^([A-Za-z0-9_.-]+)\\s*[=:](.*)$");
  private static final Pattern TOML_STRING = Pattern.compile("\"([^\"]*)\"|'([^']*)'");

  private PytestConfig() {}

  /** Whether {@code path} has the name of one of pytest's configuration files. */
  static boolean isConfigFile(String path) {
    return FILES.contains(path.substring(path.lastIndexOf('/') + 1));
  }

  /** What the file at {@code path} configures for pytest, if it configures pytest at all. */
  static Optional<TestConfig> read(String path, String text) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int precedence = FILES.indexOf(name);
    List<String> lines = text.lines().toList();
    Optional<List<String>> section =
        switch (name) {
          case "pyproject.toml" -> tomlSection(lines);
          case "setup.cfg" -> iniSection(lines, "tool:pytest");
          case "tox.ini" -> iniSection(lines, "pytest");
          default -> Optional.of(iniSection(lines, "pytest").orElse(List.of()));
        };
    return section.map(
        body -> {
          List<String> classes = value(name, body, "python_classes");
          List<String> files = value(name, body, "python_files");
          return new TestConfig(
              "pytest",
              precedence,
              classes.isEmpty() ? TestConfig.PYTEST_DEFAULT_CLASSES : classes,
              value(name, body, "testpaths"),
              files.isEmpty() ? DEFAULT_FILES : files);
        });
  }

  private static List<String> value(String fileName, List<String> body, String key) {
    return fileName.equals("pyproject.toml") ? tomlValue(body, key) : iniValue(body, key);
  }

  /** The lines of INI section {@code [name]}, if there is one. */
  private static Optional<List<String>> iniSection(List<String> lines, String name) {
    return section(lines, header -> header.trim().equals(name));
  }

  private static Optional<List<String>> tomlSection(List<String> lines) {
    return section(
        lines,
        header -> {
          String table = header.replace(" ", "");
          return table.equals("tool.pytest.ini_options") || table.equals("tool.pytest");
        });
  }

  private static Optional<List<String>> section(
      List<String> lines, java.util.function.Predicate<String> wanted) {
    for (int i = 0; i < lines.size(); i++) {
      Matcher header = SECTION.matcher(lines.get(i));
      if (header.matches() && wanted.test(header.group(1))) {
        int end = i + 1;
        while (end < lines.size() && !SECTION.matcher(lines.get(end)).matches()) {
          end++;
        }
        return Optional.of(lines.subList(i + 1, end));
      }
    }
    return Optional.empty();
  }

  /** {@code key = A B}, continued on indented lines, split on whitespace. */
  private static List<String> iniValue(List<String> body, String wanted) {
    StringBuilder value = null;
    for (String line : body) {
      String stripped = line.strip();
      if (value != null && !line.isEmpty() && Character.isWhitespace(line.charAt(0))) {
        if (!stripped.startsWith("#") && !stripped.startsWith(";")) {
          value.append(' ').append(stripped);
        }
        continue;
      }
      if (value != null) {
        break;
      }
      Matcher key = INI_KEY.matcher(stripped);
      if (key.matches() && key.group(1).equals(wanted)) {
        value = new StringBuilder(key.group(2));
      }
    }
    return value == null ? List.of() : words(value.toString());
  }

  /** {@code key = ["A", "B"]} (over several lines too) or {@code = "A B"}. */
  private static List<String> tomlValue(List<String> body, String wanted) {
    for (int i = 0; i < body.size(); i++) {
      String line = body.get(i).strip();
      int eq = line.indexOf('=');
      if (eq < 0 || !line.substring(0, eq).strip().equals(wanted)) {
        continue;
      }
      StringBuilder value = new StringBuilder(line.substring(eq + 1).strip());
      if (value.toString().startsWith("[")) {
        for (int j = i + 1; value.indexOf("]") < 0 && j < body.size(); j++) {
          value.append(' ').append(body.get(j).strip());
        }
      }
      List<String> strings = new ArrayList<>();
      Matcher quoted = TOML_STRING.matcher(value);
      while (quoted.find()) {
        strings.add(quoted.group(1) != null ? quoted.group(1) : quoted.group(2));
      }
      return value.toString().startsWith("[") ? strings : words(String.join(" ", strings));
    }
    return List.of();
  }

  private static List<String> words(String value) {
    return Arrays.stream(value.strip().split("\\s+"))
        .map(w -> w.replaceAll("^[\"']|[\"']$", ""))
        .filter(w -> !w.isEmpty())
        .toList();
  }
}
