package dev.ssotgardener.lang.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random but valid Python modules from a small grammar: every import form (relative, aliased, star,
 * future, guarded, nested), nested and decorated classes, calls inside lambdas, comprehensions and
 * f-strings, strings and comments that look like code, unicode identifiers, CRLF line ends. The
 * same seed gives the same files.
 */
final class PythonGenerator {
  private static final String[] MODULES = {
    "os", "os.path", "unittest", "unittest.mock", "json", "pkg.core", "pkg.sub.helpers", "typing"
  };
  private static final String[] MEMBERS = {"environ", "mock", "Thing", "helper", "Base", "patch"};
  private static final String[] ATTRIBUTES = {"get", "path", "join", "Inner", "run", "dict"};
  private static final String[] LOCALS = {"value", "item", "данные", "café", "x1", "_tmp"};

  private final Random random;
  private final List<String> bound = new ArrayList<>();
  private StringBuilder out;
  private int counter;

  PythonGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** One module; {@code crlf} files end their lines with {@code \r\n}. */
  String next() {
    out = new StringBuilder();
    bound.clear();
    counter = 0;
    if (random.nextInt(4) == 0) {
      line(0, "from __future__ import annotations");
    }
    if (random.nextInt(3) == 0) {
      line(0, "\"\"\"Docstring mentioning import os and os.path.join(x).\"\"\"");
    }
    int statements = 3 + random.nextInt(8);
    for (int i = 0; i < statements; i++) {
      statement(0, 0);
    }
    String text = out.toString();
    return random.nextInt(5) == 0 ? text.replace("\n", "\r\n") : text;
  }

  private void statement(int indent, int depth) {
    int choice = random.nextInt(depth > 2 ? 6 : 10);
    switch (choice) {
      case 0, 1 -> importStatement(indent);
      case 2 -> line(indent, expression(0));
      case 3 -> assignment(indent);
      case 4 -> line(indent, "pass  # import os.path as p; " + dotted() + "(1)");
      case 5 -> line(indent, "text = " + quote(dotted() + "(\"x\") # not code"));
      case 6 -> classDefinition(indent, depth);
      case 7 -> functionDefinition(indent, depth);
      case 8 -> guarded(indent, depth);
      default -> compound(indent, depth);
    }
  }

  private void importStatement(int indent) {
    String module = pick(MODULES);
    String alias = "al" + counter++;
    switch (random.nextInt(7)) {
      case 0 -> {
        line(indent, "import " + module);
        bound.add(module.split("\\.")[0]);
      }
      case 1 -> {
        line(indent, "import " + module + " as " + alias);
        bound.add(alias);
      }
      case 2 -> {
        String member = pick(MEMBERS);
        line(indent, "from " + module + " import " + member);
        bound.add(member);
      }
      case 3 -> {
        String member = pick(MEMBERS);
        line(
            indent,
            "from "
                + module
                + " import (\n"
                + pad(indent + 4)
                + member
                + " as "
                + alias
                + ",  # trailing\n"
                + pad(indent + 4)
                + pick(MEMBERS)
                + ",\n"
                + pad(indent)
                + ")");
        bound.add(alias);
      }
      case 4 -> {
        String dots = ".".repeat(1 + random.nextInt(2));
        String member = pick(MEMBERS);
        line(
            indent, "from " + dots + (random.nextBoolean() ? "" : "sibling") + " import " + member);
        bound.add(member);
      }
      case 5 ->
          line(
              indent,
              "from " + (random.nextBoolean() ? "." : "") + "star" + counter++ + " import *");
      default -> {
        line(indent, "import " + module + ", " + pick(MODULES) + " as " + alias);
        bound.add(alias);
      }
    }
  }

  private void assignment(int indent) {
    String target = pick(LOCALS);
    switch (random.nextInt(6)) {
      case 0 -> line(indent, target + " = " + expression(0));
      case 1 -> line(indent, head() + "[" + quote("KEY") + "] = " + expression(0));
      case 2 -> line(indent, "del " + head() + "[" + quote("KEY") + "]");
      case 3 -> line(indent, target + ": " + dotted() + " = " + expression(0));
      case 4 ->
          line(
              indent, "if (" + target + " := " + expression(0) + "):\n" + pad(indent + 4) + "pass");
      default -> line(indent, target + " += " + expression(0));
    }
  }

  private void classDefinition(int indent, int depth) {
    if (random.nextBoolean()) {
      line(indent, "@" + dotted() + (random.nextBoolean() ? "(" + expression(1) + ")" : ""));
    }
    List<String> bases = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      bases.add(random.nextInt(4) == 0 ? dotted() + "[" + dotted() + "]" : dotted());
    }
    if (random.nextInt(4) == 0) {
      bases.add("metaclass=" + dotted());
    }
    String name = random.nextInt(5) == 0 ? "Клас" + counter++ : "Test" + counter++;
    line(
        indent,
        "class " + name + (bases.isEmpty() ? "" : "(" + String.join(", ", bases) + ")") + ":");
    body(indent + 4, depth + 1);
  }

  private void functionDefinition(int indent, int depth) {
    if (random.nextBoolean()) {
      line(indent, "@" + dotted());
    }
    String parameter = pick(LOCALS);
    String name = random.nextInt(6) == 0 ? "__init__" : "f" + counter++;
    line(
        indent,
        (random.nextBoolean() ? "async " : "")
            + "def "
            + name
            + "(self, "
            + parameter
            + "="
            + expression(2)
            + ", *args, key: "
            + dotted()
            + " = None, **kw):");
    body(indent + 4, depth + 1);
  }

  private void guarded(int indent, int depth) {
    if (random.nextBoolean()) {
      line(indent, "try:");
      importStatement(indent + 4);
      line(
          indent,
          "except "
              + pick(
                  new String[] {
                    "ImportError", "(ValueError, ModuleNotFoundError)", "KeyError", "Exception as e"
                  })
              + ":");
      body(indent + 4, depth + 1);
    } else {
      line(
          indent,
          "with "
              + pick(new String[] {"pytest.raises", "self.assertRaises", "contextlib.suppress"})
              + "("
              + pick(new String[] {"ImportError", "KeyError"})
              + "):");
      importStatement(indent + 4);
    }
  }

  private void compound(int indent, int depth) {
    switch (random.nextInt(3)) {
      case 0 -> line(indent, "for " + pick(LOCALS) + " in " + expression(1) + ":");
      case 1 -> line(indent, "with " + expression(1) + " as " + pick(LOCALS) + ":");
      default -> line(indent, "if " + expression(1) + ":");
    }
    body(indent + 4, depth + 1);
  }

  private void body(int indent, int depth) {
    int statements = 1 + random.nextInt(3);
    for (int i = 0; i < statements; i++) {
      statement(indent, depth);
    }
  }

  private String expression(int depth) {
    int choice = random.nextInt(depth > 2 ? 3 : 9);
    return switch (choice) {
      case 0 -> dotted();
      case 1 -> String.valueOf(random.nextInt(100));
      case 2 -> dotted() + "(" + (depth > 2 ? "" : expression(depth + 1)) + ")";
      case 3 -> "(lambda " + pick(LOCALS) + ": " + expression(depth + 1) + ")";
      case 4 ->
          "["
              + expression(depth + 1)
              + " for "
              + pick(LOCALS)
              + ", y in "
              + expression(depth + 1)
              + " if "
              + expression(depth + 1)
              + "]";
      // inside braces of an f-string: no quotes, no newline, no lambda (Python 3.11)
      case 5 -> "f\"{" + dotted() + "(" + pick(LOCALS) + ")} and {" + dotted() + "!r:>10}\"";
      case 6 -> head() + "[" + expression(depth + 1) + "]." + pick(ATTRIBUTES) + "()";
      case 7 ->
          dotted() + "(" + pick(LOCALS) + "=" + expression(depth + 1) + ")." + pick(ATTRIBUTES);
      default -> "(" + dotted() + "\n" + "    ." + pick(ATTRIBUTES) + ")";
    };
  }

  /** A dotted name whose head is bound in the module about half of the time. */
  private String dotted() {
    StringBuilder name = new StringBuilder(head());
    for (int i = random.nextInt(3); i > 0; i--) {
      name.append('.').append(pick(ATTRIBUTES));
    }
    return name.toString();
  }

  private String head() {
    return !bound.isEmpty() && random.nextBoolean()
        ? bound.get(random.nextInt(bound.size()))
        : pick(LOCALS);
  }

  private String quote(String text) {
    return random.nextBoolean()
        ? "'" + text.replace('\'', '"') + "'"
        : "\"" + text.replace('"', '\'') + "\"";
  }

  private void line(int indent, String text) {
    out.append(pad(indent)).append(text).append('\n');
  }

  private static String pad(int indent) {
    return " ".repeat(indent);
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }
}
