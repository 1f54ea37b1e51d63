package dev.ssotgardener.lang.python;

import dev.ssotgardener.facts.ClassFact;
import dev.ssotgardener.facts.ClassFact.TypeKind;
import dev.ssotgardener.facts.Span;
import dev.ssotgardener.lang.LineMap;
import dev.ssotgardener.lang.TextRange;
import dev.ssotgardener.lang.python.Captures.Base;
import dev.ssotgardener.lang.python.Scopes.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Class definitions with qualified names and resolved bases. A class inside a function is named as
 * Python's {@code __qualname__} does: {@code module.function.<locals>.Class}.
 */
final class ClassCollector {
  private final String module;

  ClassCollector(String module) {
    this.module = module;
  }

  List<ClassFact> collect(Captures captures, Scopes scopes, Names names, LineMap lines) {
    String text = lines.text();
    Map<Integer, List<TextRange>> basesByClass =
        captures.bases().stream()
            .sorted(Comparator.comparingInt((Base b) -> b.expression().start()))
            .collect(
                Collectors.groupingBy(
                    Base::classStart, Collectors.mapping(Base::expression, Collectors.toList())));
    List<ClassFact> out = new ArrayList<>();
    for (Scope scope : scopes.all()) {
      if (!scope.isClass()) {
        continue;
      }
      TextRange node = scope.definition().node();
      List<String> bases = new ArrayList<>();
      List<Span> baseSpans = new ArrayList<>();
      for (TextRange base : basesByClass.getOrDefault(node.start(), List.of())) {
        bases.add(resolveBase(base.of(text), names));
        baseSpans.add(lines.span(base.start(), base.end()));
      }
      TextRange name = scope.definition().name();
      out.add(
          new ClassFact(
              scope.name(),
              qualifiedName(scopes.enclosing(node), scope.name()),
              bases,
              TypeKind.CLASS,
              false,
              lines.span(name.start(), name.end()),
              baseSpans));
    }
    return out;
  }

  private String qualifiedName(List<Scope> enclosing, String name) {
    StringBuilder out = new StringBuilder(module);
    for (Scope scope : enclosing) {
      append(out, scope.isClass() ? scope.name() : scope.name() + ".<locals>");
    }
    return append(out, name).toString();
  }

  private static StringBuilder append(StringBuilder out, String part) {
    return (out.length() == 0 ? out : out.append('.')).append(part);
  }

  /** A subscripted base such as {@code Generic[T]} stands for its value. */
  private static String resolveBase(String written, Names names) {
    int bracket = written.indexOf('[');
    String dotted = Names.normalize(bracket < 0 ? written : written.substring(0, bracket));
    String resolved = Names.isDottedName(dotted) ? names.resolve(dotted) : null;
    return resolved != null ? resolved : dotted;
  }
}
