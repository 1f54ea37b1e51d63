package dev.ssotgardener;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The half of {@link ArchitectureTest#onlyLanguagePackagesTestForAConcreteLanguage} bytecode cannot
 * show: a string constant is inlined where it is used, so file extensions and Python's package file
 * are looked for in the source's string literals (comments may name them, and so may prose: a
 * literal holding a blank is a message, which may show an example path).
 */
class LanguageLiteralsTest {
  private static final Path MAIN = Path.of("src/main/java/dev/ssotgardener");

  /** A file extension of a front end, or Python's package file. */
  private static final Pattern LANGUAGE_LITERAL = Pattern.compile("\\.pyi?\\b|\\.java\\b|__init__");

  @Test
  void noLiteralNamesALanguageOutsideTheLanguagePackages() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String name = MAIN.relativize(file).toString().replace('\\', '/');
        if (languageAware(name)) {
          continue;
        }
        for (String literal : literals(Files.readString(file))) {
          if (!literal.contains(" ") && LANGUAGE_LITERAL.matcher(literal).find()) {
            found.add(name + ": \"" + literal + "\"");
          }
        }
      }
    }
    assertThat(found).as("ask lang.Dialects instead").isEmpty();
  }

  @Test
  void literalsAreReadFromCodeNotComments() {
    String source =
        """
        // a comment naming "x.py"
        /* and "pkg/__init__.py" */
        String a = "m.py"; char c = '"'; String b = "q\\"__init__";
        String t = \"""
            A.java
            \""";
        """;
    assertThat(literals(source)).containsExactly("m.py", "q\\\"__init__", "    A.java\n    ");
  }

  private static boolean languageAware(String path) {
    String dotted = "dev.ssotgardener." + path.replace('/', '.');
    String className = dotted.substring(0, dotted.length() - ".java".length());
    return ArchitectureTest.LANGUAGE_AWARE_CLASSES.contains(className)
        || ArchitectureTest.LANGUAGE_AWARE_PACKAGES.stream()
            .anyMatch(p -> dotted.startsWith(p.substring(0, p.length() - 1)));
  }

  /** The contents of the string literals and text blocks of a Java source, escapes as written. */
  static List<String> literals(String source) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        i = lineEnd(source, i);
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? source.length() : end + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        end = end < 0 ? source.length() : end;
        out.add(source.substring(source.indexOf('\n', i) + 1, end));
        i = end + 3;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < source.length() && source.charAt(j) != c) {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        if (c == '"') {
          out.add(source.substring(i + 1, Math.min(j, source.length())));
        }
        i = j + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  private static int lineEnd(String source, int from) {
    int end = source.indexOf('\n', from);
    return end < 0 ? source.length() : end;
  }
}
