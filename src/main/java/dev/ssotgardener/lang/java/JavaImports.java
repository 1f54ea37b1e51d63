package dev.ssotgardener.lang.java;

import dev.ssotgardener.facts.ImportFact;
import dev.ssotgardener.facts.Span;
import dev.ssotgardener.lang.LineMap;
import dev.ssotgardener.lang.TextRange;
import dev.ssotgardener.lang.java.JavaSyntax.ImportText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The import declarations of one Java text, in source order; a static import's owner is a class.
 */
final class JavaImports {
  private JavaImports() {}

  /** One fact per declaration JavaSyntax can read, sorted by position. */
  static List<ImportFact> of(JavaCaptures captures, LineMap lines) {
    String text = lines.text();
    List<ImportFact> out = new ArrayList<>();
    for (TextRange declaration : captures.imports()) {
      ImportText imp = JavaSyntax.importText(declaration.of(text));
      if (imp == null) {
        continue;
      }
      Span span = lines.span(declaration.start(), declaration.end());
      String name = imp.name();
      if (imp.wildcard()) {
        out.add(new ImportFact(name, name, null, null, null, true, false, imp.isStatic(), span));
        continue;
      }
      int dot = name.lastIndexOf('.');
      String owner = dot < 0 ? "" : name.substring(0, dot);
      String simple = name.substring(dot + 1);
      // A static member's owner is a class; its methods and fields are not indexed.
      String member = imp.isStatic() ? null : simple;
      out.add(
          new ImportFact(name, owner, member, simple, name, false, false, imp.isStatic(), span));
    }
    out.sort(
        Comparator.comparingInt((ImportFact f) -> f.span().startLine())
            .thenComparingInt(f -> f.span().startColumn()));
    return out;
  }
}
