package dev.ssotgardener.lang.python;

import dev.ssotgardener.facts.ClassFact;
import dev.ssotgardener.facts.ClassFact.Nesting;
import dev.ssotgardener.facts.ClassFact.TypeKind;
import dev.ssotgardener.facts.Span;
import dev.ssotgardener.lang.LineMap;
import dev.ssotgardener.lang.TextRange;
import dev.ssotgardener.lang.python.Captures.Base;
import dev.ssotgardener.lang.python.Scopes.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Class definitions with qualified names and resolved bases. A class inside a function is named as
 * Python's {@code __qualname__} does: {@code module.function.<locals>.Class}. Decorators are not
 * recorded as annotations: no rule reads them yet.
 */
final class ClassCollector {
  private static final Set<String> INITIALIZERS = Set.of("__init__", "__new__");

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
    Set<Integer> initialized = withInitializer(scopes);
    for (int index = 0; index < scopes.all().size(); index++) {
      Scope scope = scopes.all().get(index);
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
      List<Scope> enclosing = scopes.enclosing(index);
      Nesting nesting = nesting(enclosing);
      out.add(
          new ClassFact(
              scope.name(),
              qualifiedName(enclosing, scope.name()),
              bases,
              TypeKind.CLASS,
              lines.span(name.start(), name.end()),
              baseSpans,
              nesting,
              nesting == Nesting.MEMBER
                  ? qualifiedName(
                      enclosing.subList(0, enclosing.size() - 1),
                      enclosing.get(enclosing.size() - 1).name())
                  : "",
              List.of(),
              List.of(),
              initialized.contains(index)));
    }
    return out;
  }

  private static Nesting nesting(List<Scope> enclosing) {
    if (enclosing.isEmpty()) {
      return Nesting.TOP_LEVEL;
    }
    return enclosing.stream().allMatch(Scope::isClass) ? Nesting.MEMBER : Nesting.LOCAL;
  }

  /** The indexes of the classes whose body itself defines {@code __init__} or {@code __new__}. */
  private static Set<Integer> withInitializer(Scopes scopes) {
    Set<Integer> out = new HashSet<>();
    for (int index = 0; index < scopes.all().size(); index++) {
      Scope scope = scopes.all().get(index);
      int parent = scopes.parentOf(index);
      if (!scope.isClass()
          && INITIALIZERS.contains(scope.name())
          && parent >= 0
          && scopes.all().get(parent).isClass()) {
        out.add(parent);
      }
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
