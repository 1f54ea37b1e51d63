package dev.ssotgardener.lang.java;

import dev.ssotgardener.facts.Suppression;
import dev.ssotgardener.lang.LineMap;
import dev.ssotgardener.lang.TextRange;
import dev.ssotgardener.lang.java.JavaCaptures.Annotated;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code @SuppressWarnings} annotations of one text, each covering its whole declaration, as
 * Checkstyle's SuppressWarningsHolder reads them: only string literals count (a constant names
 * nothing we can read).
 */
final class JavaSuppressWarnings {
  /** A string literal on one line, escapes kept as written. */
  private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

  private static final Set<String> NAMES = Set.of("SuppressWarnings", "java.lang.SuppressWarnings");

  private JavaSuppressWarnings() {}

  static List<Suppression> of(JavaCaptures captures, LineMap lines) {
    List<Suppression> out = new ArrayList<>();
    for (Annotated annotated : captures.annotatedDeclarations()) {
      if (NAMES.contains(JavaSyntax.normalize(annotated.name().of(lines.text())))) {
        out.add(suppression(annotated, lines));
      }
    }
    return out;
  }

  private static Suppression suppression(Annotated annotated, LineMap lines) {
    List<String> values = new ArrayList<>();
    Matcher literal = STRING_LITERAL.matcher(annotated.arguments().of(lines.text()));
    while (literal.find()) {
      values.add(literal.group(1));
    }
    TextRange declaration = annotated.declaration();
    return new Suppression(
        values,
        "",
        false,
        lines.span(declaration.start(), declaration.end()),
        Suppression.Origin.SUPPRESS_WARNINGS);
  }
}
