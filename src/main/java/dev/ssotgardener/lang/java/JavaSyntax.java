package dev.ssotgardener.lang.java;

import dev.ssotgardener.lang.DottedNames;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading names out of Java source text: dotted names, type expressions, imports. */
final class JavaSyntax {
  private static final String ANNOTATION_NAME =
      "@\\s*[\\p{L}_$][\\p{L}\\p{N}_$]*(?:\\s*\\.\\s*[\\p{L}_$][\\p{L}\\p{N}_$]*)*";
  private static final Pattern ANNOTATION = Pattern.compile(ANNOTATION_NAME);

  /** A type annotation right before a varargs ellipsis: {@code String @Nullable ... names}. */
  private static final Pattern VARARG_ANNOTATION =
      Pattern.compile(ANNOTATION_NAME + "(?:\\s*\\([^()]*\\))?(?=\\s*\\.\\.\\.)");

  private JavaSyntax() {}

  /**
   * {@code text} with annotations before a varargs ellipsis blanked out, char for char so offsets
   * hold: valid Java that tree-sitter-java 0.23.5 cannot parse (tree-sitter/tree-sitter-java#205).
   */
  static String withoutVarargAnnotations(String text) {
    if (!text.contains("...")) {
      return text;
    }
    Matcher matcher = VARARG_ANNOTATION.matcher(text);
    StringBuilder out = null;
    while (matcher.find()) {
      if (out == null) {
        out = new StringBuilder(text);
      }
      for (int i = matcher.start(); i < matcher.end(); i++) {
        if (text.charAt(i) != '\n' && text.charAt(i) != '\r') {
          out.setCharAt(i, ' ');
        }
      }
    }
    return out == null ? text : out.toString();
  }

  /** One {@code import} declaration, read from its text. */
  record ImportText(String name, boolean isStatic, boolean wildcard) {}

  /** {@code text} without whitespace and comments, so {@code a . /* x *\/ b} reads {@code a.b}. */
  static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
        int end = text.indexOf('\n', i);
        i = end < 0 ? text.length() : end;
      } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? text.length() : end + 1;
      } else if (!Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether normalized {@code dotted} is Java identifiers joined by dots and nothing else. */
  static boolean isDottedName(String dotted) {
    return DottedNames.isDottedName(dotted, true);
  }

  /**
   * The dotted name of a type expression without type arguments, annotations and array brackets:
   * {@code java.util.@A Map<K, V>.Entry[]} reads {@code java.util.Map.Entry}; empty when it is no
   * dotted name (a primitive keeps its name).
   */
  static String typeName(String type) {
    StringBuilder out = new StringBuilder(type.length());
    int depth = 0;
    String text = normalize(withoutAnnotations(type));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        depth--;
      } else if (depth == 0 && c != '[' && c != ']') {
        out.append(c);
      }
    }
    String name = out.toString();
    return isDottedName(name) ? name : "";
  }

  /**
   * {@code type} with its annotations and their arguments removed; done before blanks go, or
   * {@code @Deprecated List} would read as one annotation {@code @DeprecatedList}.
   */
  private static String withoutAnnotations(String type) {
    if (type.indexOf('@') < 0) {
      return type;
    }
    StringBuilder out = new StringBuilder(type.length());
    Matcher annotation = ANNOTATION.matcher(type);
    int at = 0;
    while (annotation.find(at)) {
      out.append(type, at, annotation.start()).append(' ');
      at = annotation.end();
      int i = at;
      while (i < type.length() && Character.isWhitespace(type.charAt(i))) {
        i++;
      }
      if (i < type.length() && type.charAt(i) == '(') {
        for (int open = 0; i < type.length(); i++) {
          open += type.charAt(i) == '(' ? 1 : type.charAt(i) == ')' ? -1 : 0;
          if (open == 0) {
            break;
          }
        }
        at = Math.min(i + 1, type.length());
      }
    }
    return out.append(type.substring(at)).toString();
  }

  /** An {@code import} declaration's name and form, or null when it is not one. */
  static ImportText importText(String declaration) {
    String body = normalize(declaration);
    if (!body.startsWith("import")) {
      return null;
    }
    body = body.substring("import".length());
    // normalize joined `import static a.B.c` into `importstatica.B.c`; the raw text tells them
    // apart
    boolean isStatic =
        body.startsWith("static") && declaration.matches("(?s)\\s*import\\s+static\\b.*");
    if (isStatic) {
      body = body.substring("static".length());
    }
    if (body.endsWith(";")) {
      body = body.substring(0, body.length() - 1);
    }
    boolean wildcard = body.endsWith(".*");
    String name = wildcard ? body.substring(0, body.length() - 2) : body;
    return isDottedName(name) ? new ImportText(name, isStatic, wildcard) : null;
  }
}
