package dev.ssotgardener.lang.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random but syntactically valid Java compilation units from a small grammar: every import form
 * (single, on-demand, static), classes, interfaces, enums, records and annotation types nested in
 * each other, annotations with and without arguments, calls in lambdas, anonymous classes and
 * chains, text blocks and comments that look like code, unicode identifiers, CRLF line ends. The
 * same seed gives the same files.
 */
final class JavaGenerator {
  private static final String[] PACKAGES = {
    "java.util", "org.junit.jupiter.api", "org.mockito", "com.acme.core", "com.acme.legacy.util"
  };
  private static final String[] TYPES = {
    "Assertions", "Mockito", "List", "Helper", "Base", "Thing"
  };
  private static final String[] MEMBERS = {"assertEquals", "mock", "of", "run", "build"};
  private static final String[] VARIABLES = {"value", "item", "données", "ǅx", "count"};
  private static final String[] ANNOTATIONS = {
    "Test",
    "org.junit.jupiter.api.Test",
    "ParameterizedTest",
    "Override",
    "Deprecated",
    "SuppressWarnings(\"unchecked\")",
    "Nested",
    "ValueSource(strings = {\"a\", \"b\"})",
    "Timeout(value = 5, unit = java.util.concurrent.TimeUnit.SECONDS)"
  };

  private final Random random;
  private final List<String> types = new ArrayList<>();
  private final List<String> statics = new ArrayList<>();
  private StringBuilder out;
  private int counter;

  JavaGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** One compilation unit in package {@code com.acme.gen}. */
  String next() {
    out = new StringBuilder();
    types.clear();
    statics.clear();
    counter = 0;
    if (random.nextInt(3) == 0) {
      line(0, "/* import java.io.File; class NotAType {} */");
    }
    line(0, "package com.acme.gen;");
    for (int i = random.nextInt(6); i > 0; i--) {
      importDeclaration();
    }
    for (int i = 1 + random.nextInt(2); i > 0; i--) {
      typeDeclaration(0, 0);
    }
    String text = out.toString();
    return random.nextInt(5) == 0 ? text.replace("\n", "\r\n") : text;
  }

  private void importDeclaration() {
    String pkg = pick(PACKAGES);
    String type = pick(TYPES);
    switch (random.nextInt(4)) {
      case 0 -> {
        line(0, "import " + pkg + "." + type + ";");
        types.add(type);
      }
      case 1 -> line(0, "import " + pkg + ".*;");
      case 2 -> {
        String member = pick(MEMBERS);
        line(0, "import static " + pkg + "." + type + "." + member + ";");
        statics.add(member);
      }
      default -> line(0, "import static " + pkg + "." + type + ".*;");
    }
  }

  private void typeDeclaration(int indent, int depth) {
    annotations(indent);
    String name = (random.nextInt(6) == 0 ? "Τύπος" : "Gen") + counter++;
    types.add(name);
    switch (random.nextInt(depth > 1 ? 2 : 6)) {
      case 0, 1 -> {
        line(
            indent,
            modifiers()
                + "class "
                + name
                + typeParameters()
                + extendsClause()
                + implementsClause()
                + " {");
        members(indent + 2, depth);
      }
      case 2 -> {
        line(
            indent,
            "interface "
                + name
                + typeParameters()
                + (random.nextBoolean() ? " extends " + typeName() + ", " + typeName() : "")
                + " {");
        line(indent + 2, "void run" + counter++ + "();");
        line(indent + 2, "default void go() { " + call(0) + "; }");
      }
      case 3 -> {
        line(indent, "enum " + name + implementsClause() + " {");
        line(indent + 2, "RED, GREEN(" + call(1) + ") { void paint() { " + call(0) + "; } };");
        line(indent + 2, name + "() {}");
        line(indent + 2, name + "(Object o) {}");
        members(indent + 2, depth);
      }
      case 4 -> {
        line(
            indent,
            "record "
                + name
                + "("
                + typeName()
                + " first, int second)"
                + implementsClause()
                + " {");
        line(indent + 2, name + " { " + call(0) + "; }");
        members(indent + 2, depth);
      }
      default -> {
        line(indent, "@interface " + name + " {");
        line(indent + 2, "String value() default \"Helper.run()\";");
        line(indent + 2, "Class<?>[] groups() default {};");
      }
    }
    line(indent, "}");
  }

  private void members(int indent, int depth) {
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      switch (random.nextInt(depth > 1 ? 4 : 5)) {
        case 3 ->
            line(
                indent,
                "static { @Deprecated class InBlock" + counter++ + " { @Test void t() {} } }");
        case 0 ->
            line(
                indent,
                "private static "
                    + typeName()
                    + " "
                    + pick(VARIABLES)
                    + counter++
                    + " = "
                    + expression(0)
                    + ";");
        case 1, 2 -> method(indent);
        default -> typeDeclaration(indent, depth + 1);
      }
    }
  }

  private void method(int indent) {
    annotations(indent);
    String variable = pick(VARIABLES);
    line(
        indent,
        modifiers()
            + "void m"
            + counter++
            + "("
            + typeName()
            + " "
            + variable
            + ", String... rest) throws Exception {");
    for (int i = 1 + random.nextInt(4); i > 0; i--) {
      line(indent + 2, statement(variable));
    }
    line(indent, "}");
  }

  private String statement(String variable) {
    return switch (random.nextInt(9)) {
      case 0 -> call(0) + ";";
      case 1 -> variable + "." + pick(MEMBERS) + "(" + expression(1) + ");";
      case 2 -> "Runnable r" + counter++ + " = () -> " + call(1) + ";";
      case 3 ->
          "Object o"
              + counter++
              + " = new "
              + typeName()
              + "() { void x() { "
              + call(1)
              + "; } class InAnonymous {} };";
      case 4 ->
          "String s"
              + counter++
              + " = \"\"\"\n    import static a.B.c;\n    "
              + "Helper.run(\"x\");\n    \"\"\";";
      case 5 ->
          random.nextBoolean()
              ? "// Helper.run(); import java.util.List;"
              : "class Local" + counter++ + " extends " + typeName() + " { @Test void t() {} }";
      case 6 ->
          "if ("
              + variable
              + " instanceof "
              + typeName()
              + " p"
              + counter
              + ") { p"
              + counter++
              + "."
              + pick(MEMBERS)
              + "(); }";
      case 7 ->
          "java.util.function.Function<Object, Object> f"
              + counter++
              + " = "
              + pick(TYPES)
              + "::"
              + pick(MEMBERS)
              + ";";
      default -> "this." + pick(MEMBERS) + "(" + expression(1) + ");";
    };
  }

  private String call(int depth) {
    String arguments = depth > 2 ? "" : expression(depth + 1);
    return switch (random.nextInt(6)) {
      case 0 -> pick(MEMBERS) + "(" + arguments + ")";
      case 1 -> pick(TYPES) + "." + pick(MEMBERS) + "(" + arguments + ")";
      case 2 -> pick(PACKAGES) + "." + pick(TYPES) + "." + pick(MEMBERS) + "(" + arguments + ")";
      case 3 ->
          pick(TYPES) + ".<String>" + pick(MEMBERS) + "(" + arguments + ")." + pick(MEMBERS) + "()";
      case 4 -> "super." + pick(MEMBERS) + "(" + arguments + ")";
      default -> pick(TYPES) + "\n        ." + pick(MEMBERS) + "(" + arguments + ")";
    };
  }

  private String expression(int depth) {
    if (depth > 2) {
      return "null";
    }
    return switch (random.nextInt(6)) {
      case 0 -> call(depth);
      case 1 -> "new " + pick(PACKAGES) + "." + pick(TYPES) + "<>(" + expression(depth + 1) + ")";
      case 2 -> "\"Helper.run(" + counter + ")\"";
      case 3 -> "x -> " + call(depth + 1);
      case 4 -> pick(TYPES) + "." + pick(VARIABLES).toUpperCase(java.util.Locale.ROOT);
      default -> String.valueOf(random.nextInt(10));
    };
  }

  private void annotations(int indent) {
    for (int i = random.nextInt(3); i > 0; i--) {
      line(indent, "@" + pick(ANNOTATIONS));
    }
  }

  private String modifiers() {
    return pick(new String[] {"", "public ", "static ", "abstract ", "final ", "@Deprecated "});
  }

  private String typeParameters() {
    return random.nextInt(4) == 0 ? "<T extends " + typeName() + ">" : "";
  }

  private String extendsClause() {
    return random.nextInt(3) == 0 ? " extends " + typeName() : "";
  }

  private String implementsClause() {
    StringBuilder clause = new StringBuilder();
    for (int i = random.nextInt(3); i > 0; i--) {
      clause.append(clause.length() == 0 ? " implements " : ", ").append(typeName());
    }
    return clause.toString();
  }

  private String typeName() {
    String simple =
        !types.isEmpty() && random.nextBoolean()
            ? types.get(random.nextInt(types.size()))
            : pick(TYPES);
    return switch (random.nextInt(5)) {
      case 0 -> pick(PACKAGES) + "." + simple;
      case 1 -> simple + "<" + pick(TYPES) + ">";
      case 2 -> "@Deprecated " + simple;
      default -> simple;
    };
  }

  private void line(int indent, String text) {
    out.append(" ".repeat(indent)).append(text).append('\n');
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }
}
