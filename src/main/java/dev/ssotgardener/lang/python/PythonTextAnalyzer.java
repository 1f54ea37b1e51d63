package dev.ssotgardener.lang.python;

import dev.ssotgardener.facts.Alias;
import dev.ssotgardener.facts.ClassFact;
import dev.ssotgardener.facts.ImportFact;
import dev.ssotgardener.facts.RunnerBlock;
import dev.ssotgardener.lang.LineMap;
import dev.ssotgardener.lang.ParsedFacts;
import dev.ssotgardener.lang.Suppressions;
import dev.ssotgardener.lang.SyntaxErrors;
import dev.ssotgardener.lang.TextRange;
import dev.ssotgardener.lang.python.Captures.Assignment;
import dev.ssotgardener.lang.python.Captures.Runner;
import dev.ssotgardener.lang.python.Scopes.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Computes the facts of one text from its captures; no tree-sitter here, only offsets. */
final class PythonTextAnalyzer {

  private final String module;
  private final ImportResolver imports;
  private final ClassCollector classes;
  private final ReferenceExtractor references = new ReferenceExtractor();
  private final Suppressions suppressions = new Suppressions();
  private final SyntaxErrors syntaxErrors = new SyntaxErrors();

  PythonTextAnalyzer(String module, boolean packageInit) {
    this.module = module;
    this.imports = new ImportResolver(module, packageInit);
    this.classes = new ClassCollector(module);
  }

  ParsedFacts analyze(Captures captures, LineMap lines) {
    String text = lines.text();
    Scopes scopes = new Scopes(captures, text);
    List<ImportFact> importFacts = imports.resolve(captures, lines);
    List<Alias> aliases = new ArrayList<>();
    Names names = names(importFacts, scopes, captures, lines, aliases);
    List<ClassFact> classFacts = classes.collect(captures, scopes, names, lines);
    Set<String> defined = new LinkedHashSet<>();
    for (Scope scope : scopes.all()) {
      if (scopes.atModuleLevel(scope.definition().node())) {
        defined.add(scope.name());
      }
    }
    for (TextRange binding : captures.bindings()) {
      if (scopes.atModuleLevel(binding)) {
        defined.add(binding.of(text));
      }
    }
    boolean wildcard = false;
    for (int i = 0; i < importFacts.size(); i++) {
      ImportFact fact = importFacts.get(i);
      wildcard |= fact.wildcard();
      if (fact.localName() != null && scopes.atModuleLevel(captures.imports().get(i).statement())) {
        defined.add(fact.localName());
      }
    }
    boolean dynamic = wildcard || moduleGetattr(scopes);
    List<ImportFact> ordered = new ArrayList<>(importFacts);
    ordered.sort(
        Comparator.comparingInt((ImportFact f) -> f.span().startLine())
            .thenComparingInt(f -> f.span().startColumn()));
    return new ParsedFacts(
        ordered,
        classFacts,
        references.extract(captures, names, lines),
        defined,
        dynamic,
        suppressions.inComments(captures.comments(), lines),
        syntaxErrors.of(captures.errors(), captures.missing(), lines),
        runnerBlocks(captures, lines),
        List.of(),
        references.unbound(captures, names, lines),
        aliases);
  }

  /** Module-level {@code if __name__ == "__main__":} blocks whose body is one call. */
  private static List<RunnerBlock> runnerBlocks(Captures captures, LineMap lines) {
    String text = lines.text();
    List<RunnerBlock> out = new ArrayList<>();
    for (Runner runner : captures.runners()) {
      String condition = runner.condition().of(text).replaceAll("\\s+", "").replace('\'', '"');
      if (lines.column(runner.node().start()) != 1
          || !(condition.equals("__name__==\"__main__\"")
              || condition.equals("\"__main__\"==__name__"))) {
        continue;
      }
      int start = runner.node().start();
      while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
        start--;
      }
      TextRange call = runner.call();
      out.add(
          new RunnerBlock(
              lines.span(start, runner.node().end()), lines.span(call.start(), call.end())));
    }
    return out;
  }

  /**
   * Import bindings first; the module's own top-level classes and functions where no import binds;
   * then, in source order, module-level aliases ({@code X = a.b.Y}) of names already bound, which
   * are also added to {@code aliases}.
   */
  private Names names(
      List<ImportFact> importFacts,
      Scopes scopes,
      Captures captures,
      LineMap lines,
      List<Alias> aliases) {
    Map<String, String> bindings = new HashMap<>();
    for (ImportFact fact : importFacts) {
      if (fact.localName() != null) {
        bindings.putIfAbsent(fact.localName(), fact.localTarget());
      }
    }
    for (Scope scope : scopes.all()) {
      if (scopes.atModuleLevel(scope.definition().node())) {
        bindings.putIfAbsent(
            scope.name(), module.isEmpty() ? scope.name() : module + "." + scope.name());
      }
    }
    String text = lines.text();
    List<Assignment> assignments = new ArrayList<>(captures.aliases());
    assignments.sort(Comparator.comparingInt(a -> a.node().start()));
    for (Assignment assignment : assignments) {
      String value = Names.normalize(assignment.value().of(text));
      while (value.length() > 1 && value.startsWith("(") && value.endsWith(")")) {
        value = value.substring(1, value.length() - 1); // `X = (a\n .b)` is `X = a.b`
      }
      String target = Names.isDottedName(value) ? Names.resolve(bindings, value) : null;
      String name = assignment.name().of(text);
      if (target != null && scopes.atModuleLevel(assignment.node()) && !target.equals(name)) {
        bindings.put(name, target);
        TextRange node = assignment.node();
        aliases.add(new Alias(name, target, lines.span(node.start(), node.end())));
      }
    }
    return new Names(bindings);
  }

  private static boolean moduleGetattr(Scopes scopes) {
    return scopes.all().stream()
        .anyMatch(
            s ->
                !s.isClass()
                    && s.name().equals("__getattr__")
                    && scopes.atModuleLevel(s.definition().node()));
  }
}
