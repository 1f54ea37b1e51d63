package dev.ssotgardener.lang.python;

import dev.ssotgardener.lang.Utf8Offsets;
import dev.ssotgardener.lang.python.Captures.Base;
import dev.ssotgardener.lang.python.Captures.Definition;
import dev.ssotgardener.lang.python.Captures.Except;
import dev.ssotgardener.lang.python.Captures.ImportKind;
import dev.ssotgardener.lang.python.Captures.ImportName;
import dev.ssotgardener.lang.python.Captures.Missing;
import dev.ssotgardener.lang.python.Captures.Runner;
import dev.ssotgardener.lang.python.Captures.Shape;
import dev.ssotgardener.lang.python.Captures.Try;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treesitter.TreeSitterPython;

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
      (augmented_assignment left: (identifier) @binding)
      (pattern_list [(identifier) @binding (list_splat_pattern (identifier) @binding)])
      (tuple_pattern [(identifier) @binding (list_splat_pattern (identifier) @binding)])
      (list_pattern [(identifier) @binding (list_splat_pattern (identifier) @binding)])
      (for_statement left: (identifier) @binding)
      (as_pattern_target (identifier) @binding)
      (named_expression name: (identifier) @binding)
      (try_statement body: (block) @try.body) @try
      (except_clause value: (_)? @except.value) @except
      (comment) @comment
      (ERROR) @error
      (MISSING) @missing
      """;

  private final QueryEngine engine;
  private final String[] names;

  /** Runs on the optimized native library when there is one, else on the bundled natives. */
  PythonQuery(Optional<NativeTreeSitter> fast) {
    this.engine =
        fast.<QueryEngine>map(
                lib -> new NativeQueryEngine(lib.compile(NativeTreeSitter.Grammar.PYTHON, SOURCE)))
            .orElseGet(() -> new BonedeQueryEngine(new TreeSitterPython(), SOURCE));
    this.names = new String[engine.captureCount()];
    for (int i = 0; i < names.length; i++) {
      names[i] = engine.captureName(i);
    }
  }

  /** Parses {@code parsable} (see {@link Utf8Offsets#parsable}) and sorts what the query caught. */
  Captures run(String parsable) {
    int[] flat = engine.run(parsable);
    Utf8Offsets offsets = Utf8Offsets.of(parsable);
    Collector out = new Collector();
    Map<String, Range> found = new HashMap<>();
    int i = NativeTreeSitter.HEADER;
    while (i < flat.length) {
      int match = flat[i + NativeTreeSitter.MATCH];
      found.clear();
      String missing = null;
      for (;
          i < flat.length && flat[i + NativeTreeSitter.MATCH] == match;
          i += NativeTreeSitter.STRIDE) {
        String name = names[flat[i + NativeTreeSitter.CAPTURE]];
        found.put(
            name,
            new Range(
                offsets.charOffset(flat[i + NativeTreeSitter.START]),
                offsets.charOffset(flat[i + NativeTreeSitter.END])));
        if (name.equals("missing")) {
          missing = engine.symbolName(flat[i + NativeTreeSitter.SYMBOL]);
        }
      }
      out.add(found, missing);
    }
    return out.captures();
  }

  /** Sorts the captures of each match into the lists of {@link Captures}. */
  private static final class Collector {
    private final List<ImportName> imports = new ArrayList<>();
    private final List<Definition> classes = new ArrayList<>();
    private final List<Base> bases = new ArrayList<>();
    private final List<Definition> functions = new ArrayList<>();
    private final List<Range> identifiers = new ArrayList<>();
    private final List<Range> attributes = new ArrayList<>();
    private final List<Range> attributeNames = new ArrayList<>();
    private final List<Range> calls = new ArrayList<>();
    private final List<Range> subscripts = new ArrayList<>();
    private final List<Shape> shapes = new ArrayList<>();
    private final List<Runner> runners = new ArrayList<>();
    private final List<Range> excluded = new ArrayList<>();
    private final List<Range> bindings = new ArrayList<>();
    private final List<Try> tries = new ArrayList<>();
    private final List<Except> excepts = new ArrayList<>();
    private final List<Range> comments = new ArrayList<>();
    private final List<Range> errors = new ArrayList<>();
    private final List<Missing> missing = new ArrayList<>();

    void add(Map<String, Range> found, String missingType) {
      Range name = found.get("import.name");
      Range module = found.get("import.module");
      Range alias = found.get("import.alias");
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
        Range function = found.get("call.function");
        Range arguments = found.get("call.arguments");
        calls.add(function);
        shapes.add(
            new Shape(
                function,
                found.get("call"),
                new Range(arguments.start() + 1, arguments.end() - 1)));
      } else if (found.containsKey("subscript")) {
        Range value = found.get("subscript.value");
        Range whole = found.get("subscript");
        subscripts.add(value);
        shapes.add(
            new Shape(
                value, whole, new Range(found.get("subscript.index").start(), whole.end() - 1)));
      } else if (found.containsKey("runner")) {
        runners.add(
            new Runner(
                found.get("runner"), found.get("runner.condition"), found.get("runner.call")));
      } else if (found.containsKey("function")) {
        functions.add(new Definition(found.get("function"), found.get("function.name")));
      } else if (found.containsKey("try")) {
        tries.add(new Try(found.get("try"), found.get("try.body")));
      } else if (found.containsKey("except")) {
        excepts.add(new Except(found.get("except"), found.get("except.value")));
      } else if (missingType != null) {
        missing.add(new Missing(found.get("missing"), missingType));
      } else {
        addSingle(found);
      }
    }

    private void addSingle(Map<String, Range> found) {
      for (Map.Entry<String, Range> entry : found.entrySet()) {
        List<Range> list =
            switch (entry.getKey()) {
              case "identifier" -> identifiers;
              case "attribute" -> attributes;
              case "attribute.name" -> attributeNames;
              case "excluded" -> excluded;
              case "binding" -> bindings;
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
          shapes,
          runners,
          excluded,
          bindings,
          tries,
          excepts,
          comments,
          errors,
          missing);
    }
  }
}
