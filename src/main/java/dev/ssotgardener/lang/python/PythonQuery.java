package dev.ssotgardener.lang.python;

import dev.ssotgardener.lang.MissingNode;
import dev.ssotgardener.lang.TextRange;
import dev.ssotgardener.lang.Utf8Offsets;
import dev.ssotgardener.lang.python.Captures.Assignment;
import dev.ssotgardener.lang.python.Captures.Base;
import dev.ssotgardener.lang.python.Captures.Definition;
import dev.ssotgardener.lang.python.Captures.Except;
import dev.ssotgardener.lang.python.Captures.Expectation;
import dev.ssotgardener.lang.python.Captures.ImportKind;
import dev.ssotgardener.lang.python.Captures.ImportName;
import dev.ssotgardener.lang.python.Captures.Runner;
import dev.ssotgardener.lang.python.Captures.Shape;
import dev.ssotgardener.lang.python.Captures.Try;
import dev.ssotgardener.lang.treesitter.NativeTreeSitter;
import dev.ssotgardener.lang.treesitter.TreeQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one query run over every Python tree. It is compiled once and shared between threads (a
 * tree-sitter query is immutable); each run parses, queries and frees its own tree.
 */
final class PythonQuery {
  private static final String SOURCE =
      """
      (import_statement name: (dotted_name) @import.name) @import.plain
      (import_statement name: (aliased_import name: (dotted_name) @import.name
        alias: (identifier) @import.alias)) @import.plain
      (import_from_statement module_name: (_) @import.module name: (dotted_name) @import.name)
        @import.from
      (import_from_statement module_name: (_) @import.module name: (aliased_import
        name: (dotted_name) @import.name alias: (identifier) @import.alias)) @import.from
      (import_from_statement module_name: (_) @import.module (wildcard_import)) @import.from
      (future_import_statement name: (dotted_name) @import.name) @import.future
      (future_import_statement name: (aliased_import name: (dotted_name) @import.name
        alias: (identifier) @import.alias)) @import.future
      (class_definition name: (identifier) @class.name) @class
      (class_definition superclasses: (argument_list
        [(identifier) (attribute) (subscript)] @class.base)) @class.based
      (function_definition name: (identifier) @function.name) @function
      (identifier) @identifier
      (attribute) @attribute
      (attribute attribute: (identifier) @attribute.name)
      (call function: (_) @call.function arguments: (_) @call.arguments) @call
      (subscript value: (_) @subscript.value subscript: (_) @subscript.index) @subscript
      (if_statement condition: (comparison_operator) @runner.condition
        consequence: (block . (expression_statement (call) @runner.call) .) !alternative) @runner
      (keyword_argument name: (identifier) @excluded)
      (parameters (identifier) @excluded)
      (lambda_parameters (identifier) @excluded)
      (default_parameter name: (identifier) @excluded)
      (typed_default_parameter name: (identifier) @excluded)
      (typed_parameter (identifier) @excluded)
      (parameters [(list_splat_pattern (identifier) @excluded)
        (dictionary_splat_pattern (identifier) @excluded)])
      (lambda_parameters [(list_splat_pattern (identifier) @excluded)
        (dictionary_splat_pattern (identifier) @excluded)])
      (typed_parameter [(list_splat_pattern (identifier) @excluded)
        (dictionary_splat_pattern (identifier) @excluded)])
      (assignment left: (identifier) @binding)
      (assignment left: (identifier) @alias.name
        right: [(identifier) (attribute) (parenthesized_expression)] @alias.value) @alias
      (augmented_assignment left: (identifier) @binding)
      (pattern_list [(identifier) @binding (list_splat_pattern (identifier) @binding)])
      (tuple_pattern [(identifier) @binding (list_splat_pattern (identifier) @binding)])
      (list_pattern [(identifier) @binding (list_splat_pattern (identifier) @binding)])
      (for_statement left: (identifier) @binding)
      (as_pattern_target (identifier) @binding)
      (named_expression name: (identifier) @binding)
      (for_in_clause left: (_) @unbound)
      (except_clause value: (as_pattern alias: (as_pattern_target) @unbound))
      (assignment left: (subscript) @store)
      (augmented_assignment left: (subscript) @store)
      (delete_statement (subscript) @store)
      (try_statement body: (block) @try.body) @try
      (with_statement (with_clause (with_item value: (call function: (_) @expect.function
        arguments: (argument_list . (_) @expect.type)))) body: (block) @expect.body)
      (except_clause value: (_)? @except.value) @except
      (comment) @comment
      (ERROR) @error
      (MISSING) @missing
      """;

  private final TreeQuery query;

  /** Runs on the optimized native library when there is one, else on the bundled natives. */
  PythonQuery(Optional<NativeTreeSitter> fast) {
    this.query = new TreeQuery(fast, NativeTreeSitter.Grammar.PYTHON, SOURCE);
  }

  /** Parses {@code parsable} (see {@link Utf8Offsets#parsable}) and sorts what the query caught. */
  Captures run(String parsable) {
    Collector out = new Collector();
    query.forEachMatch(parsable, out::add);
    return out.captures();
  }

  /** Sorts the captures of each match into the lists of {@link Captures}. */
  private static final class Collector {
    private final List<ImportName> imports = new ArrayList<>();
    private final List<Definition> classes = new ArrayList<>();
    private final List<Base> bases = new ArrayList<>();
    private final List<Definition> functions = new ArrayList<>();
    private final List<TextRange> identifiers = new ArrayList<>();
    private final List<TextRange> attributes = new ArrayList<>();
    private final List<TextRange> attributeNames = new ArrayList<>();
    private final List<TextRange> calls = new ArrayList<>();
    private final List<TextRange> subscripts = new ArrayList<>();
    private final List<TextRange> stores = new ArrayList<>();
    private final List<Shape> shapes = new ArrayList<>();
    private final List<Runner> runners = new ArrayList<>();
    private final List<TextRange> excluded = new ArrayList<>();
    private final List<TextRange> bindings = new ArrayList<>();
    private final List<TextRange> unbound = new ArrayList<>();
    private final List<Try> tries = new ArrayList<>();
    private final List<Expectation> expectations = new ArrayList<>();
    private final List<Except> excepts = new ArrayList<>();
    private final List<TextRange> comments = new ArrayList<>();
    private final List<TextRange> errors = new ArrayList<>();
    private final List<MissingNode> missing = new ArrayList<>();
    private final List<Assignment> aliases = new ArrayList<>();

    void add(Map<String, TextRange> found, String missingType) {
      TextRange name = found.get("import.name");
      TextRange module = found.get("import.module");
      TextRange alias = found.get("import.alias");
      if (found.containsKey("import.plain")) {
        imports.add(new ImportName(ImportKind.PLAIN, found.get("import.plain"), null, name, alias));
      } else if (found.containsKey("import.from")) {
        imports.add(new ImportName(ImportKind.FROM, found.get("import.from"), module, name, alias));
      } else if (found.containsKey("import.future")) {
        imports.add(
            new ImportName(ImportKind.FUTURE, found.get("import.future"), null, name, alias));
      } else if (found.containsKey("class")) {
        classes.add(new Definition(found.get("class"), found.get("class.name")));
      } else if (found.containsKey("class.based")) {
        bases.add(new Base(found.get("class.based").start(), found.get("class.base")));
      } else if (found.containsKey("call")) {
        TextRange function = found.get("call.function");
        TextRange arguments = found.get("call.arguments");
        calls.add(function);
        shapes.add(
            new Shape(
                function,
                found.get("call"),
                new TextRange(arguments.start() + 1, arguments.end() - 1)));
      } else if (found.containsKey("subscript")) {
        TextRange value = found.get("subscript.value");
        TextRange whole = found.get("subscript");
        subscripts.add(value);
        shapes.add(
            new Shape(
                value,
                whole,
                new TextRange(found.get("subscript.index").start(), whole.end() - 1)));
      } else if (found.containsKey("runner")) {
        runners.add(
            new Runner(
                found.get("runner"), found.get("runner.condition"), found.get("runner.call")));
      } else if (found.containsKey("function")) {
        functions.add(new Definition(found.get("function"), found.get("function.name")));
      } else if (found.containsKey("expect.body")) {
        expectations.add(
            new Expectation(
                found.get("expect.body"), found.get("expect.function"), found.get("expect.type")));
      } else if (found.containsKey("try")) {
        tries.add(new Try(found.get("try"), found.get("try.body")));
      } else if (found.containsKey("except")) {
        excepts.add(new Except(found.get("except"), found.get("except.value")));
      } else if (found.containsKey("alias")) {
        aliases.add(
            new Assignment(found.get("alias"), found.get("alias.name"), found.get("alias.value")));
      } else if (missingType != null) {
        missing.add(new MissingNode(found.get("missing"), missingType));
      } else {
        addSingle(found);
      }
    }

    private void addSingle(Map<String, TextRange> found) {
      for (Map.Entry<String, TextRange> entry : found.entrySet()) {
        List<TextRange> list =
            switch (entry.getKey()) {
              case "identifier" -> identifiers;
              case "attribute" -> attributes;
              case "attribute.name" -> attributeNames;
              case "excluded" -> excluded;
              case "binding" -> bindings;
              case "unbound" -> unbound;
              case "store" -> stores;
              case "comment" -> comments;
              case "error" -> errors;
              default -> null;
            };
        if (list != null) {
          list.add(entry.getValue());
        }
      }
    }

    Captures captures() {
      // A comprehension's targets are its own scope's; Python deletes an except's `as` name.
      bindings.removeIf(b -> unbound.stream().anyMatch(u -> u.contains(b)));
      return new Captures(
          imports,
          classes,
          bases,
          functions,
          identifiers,
          attributes,
          attributeNames,
          calls,
          subscripts,
          stores,
          shapes,
          runners,
          excluded,
          bindings,
          tries,
          excepts,
          expectations,
          comments,
          errors,
          missing,
          aliases);
    }
  }
}
