package dev.ssotgardener.verify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the errors behind failing tests from a Python runner's output: unittest's {@code ERROR:
 * name (id)} blocks and pytest's {@code ____ name ____} sections, each with the last exception line
 * of its traceback and the innermost frame inside the repository ({@code File "…", line N} or
 * {@code path.py:N: in …}); and the compiler errors of a Maven build ({@code [ERROR]
 * /…/X.java:[3,8] message}).
 */
final class FailureParser {
  private static final Pattern UNITTEST_HEADER = Pattern.compile("^(?:ERROR|FAIL): (.+)$");
  private static final Pattern PYTEST_HEADER = Pattern.compile("^_{3,} (.+?) _{3,}$");
  private static final Pattern BLOCK_END = Pattern.compile("^(?:={5,}.*|-{5,}|Ran \\d+ tests?.*)$");
  private static final Pattern FRAME =
      Pattern.compile("^(?:E\\s+)?\\s*File \"([^\"]+)\", line (\\d+)");
  private static final Pattern PYTEST_FRAME = Pattern.compile("^(\\S+\\.py):(\\d+): ");
  private static final Pattern EXCEPTION =
      Pattern.compile(
          "^(?:E\\s+)?([A-Za-z_][\\w.]*(?:Error|Exception|Exit|Failure|Interrupt))(?:: (.*))?$");
  private static final Pattern MAVEN_COMPILE =
      Pattern.compile("^\\[ERROR\\] (\\S+\\.java):\\[(\\d+),\\d+\\] (.+)$");

  private FailureParser() {}

  static List<TestFailure> parse(List<String> lines, Path workdir) {
    List<TestFailure> failures = new ArrayList<>();
    String test = null;
    List<String> block = new ArrayList<>();
    for (String line : lines) {
      Matcher compile = MAVEN_COMPILE.matcher(line);
      if (compile.matches()) {
        failures.add(
            new TestFailure(
                "compile",
                "compilation error",
                compile.group(3).strip(),
                relative(compile.group(1), workdir).orElse(compile.group(1)),
                Integer.parseInt(compile.group(2))));
        continue;
      }
      Matcher header = UNITTEST_HEADER.matcher(line);
      Matcher section = PYTEST_HEADER.matcher(line);
      boolean end = BLOCK_END.matcher(line).matches();
      if (end && test != null && block.isEmpty()) {
        continue; // unittest underlines its header with dashes
      }
      if (header.matches() || section.matches() || end) {
        failureOf(test, block, workdir).ifPresent(failures::add);
        block.clear();
        test = header.matches() ? header.group(1) : section.matches() ? section.group(1) : null;
      } else if (test != null) {
        block.add(line);
      }
    }
    failureOf(test, block, workdir).ifPresent(failures::add);
    return failures;
  }

  /** The block's last exception line and its innermost frame in the repository. */
  private static Optional<TestFailure> failureOf(String test, List<String> block, Path workdir) {
    if (test == null) {
      return Optional.empty();
    }
    String type = null;
    String message = "";
    String file = "";
    int line = 0;
    for (String text : block) {
      Matcher exception = EXCEPTION.matcher(text);
      if (exception.matches()) {
        type = exception.group(1);
        message = exception.group(2) == null ? "" : exception.group(2).strip();
        continue;
      }
      Matcher frame = FRAME.matcher(text);
      Matcher pytest = PYTEST_FRAME.matcher(text);
      Matcher at = frame.find() ? frame : pytest.find() ? pytest : null;
      if (at != null) {
        Optional<String> inRepo = relative(at.group(1), workdir);
        if (inRepo.isPresent()) {
          file = inRepo.get();
          line = Integer.parseInt(at.group(2));
        }
      }
    }
    return type == null
        ? Optional.empty()
        : Optional.of(new TestFailure(test, type, message, file, line));
  }

  /** The path relative to {@code workdir}; empty for a place outside it (the standard library). */
  static Optional<String> relative(String reported, Path workdir) {
    Path path = Path.of(reported);
    if (!path.isAbsolute()) {
      return reported.startsWith("<") ? Optional.empty() : Optional.of(reported);
    }
    Path root = workdir.toAbsolutePath().normalize();
    Path normal = path.normalize();
    if (!normal.startsWith(root)) {
      try {
        Path real = root.toRealPath();
        if (!normal.startsWith(real)) {
          return Optional.empty();
        }
        root = real;
      } catch (java.io.IOException e) {
        return Optional.empty();
      }
    }
    String inside = root.relativize(normal).toString().replace('\\', '/');
    return inside.contains("site-packages/") ? Optional.empty() : Optional.of(inside);
  }
}
