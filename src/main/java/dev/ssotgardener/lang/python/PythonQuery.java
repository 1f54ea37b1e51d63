package dev.ssotgardener.lang.python;

import dev.ssotgardener.lang.MissingNode;
import dev.ssotgardener.lang.NodeRanges;
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
import java.util.Optional;

/**
 * The one query run over every Python tree. It is compiled once and shared between threads (a
 * tree-sitter query is immutable); each run parses, queries and frees its own tree. The native
 * library runs it as a hand-written walk ({@code src/main/c/ssot_python_walk.c}, in the order of
 * the patterns below): change a pattern here and there together.
 */
final class PythonQuery {
  static final String SOURCE =
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

  /** The captures of the one-capture patterns, each sorted into a list of its own. */
  private static final List<String> SINGLES =
      List.of(
          "identifier",
          "attribute",
          "attribute.name",
          "excluded",
          "binding",
          "unbound",
          "store",
          "comment",
          "error");

  private final TreeQuery query;
  private final int importName;
  private final int importModule;
  private final int importAlias;
  private final int importPlain;
  private final int importFrom;
  private final int importFuture;
  private final int classNode;
  private final int className;
  private final int classBased;
  private final int classBase;
  private final int call;
  private final int callFunction;
  private final int callArguments;
  private final int subscript;
  private final int subscriptValue;
  private final int subscriptIndex;
  private final int runner;
  private final int runnerCondition;
  private final int runnerCall;
  private final int function;
  private final int functionName;
  private final int expectBody;
  private final int expectFunction;
  private final int expectType;
  private final int tryNode;
  private final int tryBody;
  private final int except;
  private final int exceptValue;
  private final int alias;
  private final int aliasName;
  private final int aliasValue;
  private final int missing;

  /** By capture id: the index in {@link #SINGLES} of a one-capture pattern's capture, else -1. */
  private final int[] singleSlot;

  /** Runs on the optimized native library when there is one, else on the bundled natives. */
  PythonQuery(Optional<NativeTreeSitter> fast) {
    this.query = new TreeQuery(fast, NativeTreeSitter.Grammar.PYTHON, SOURCE, true);
    importName = query.capture("import.name");
    importModule = query.capture("import.module");
    importAlias = query.capture("import.alias");
    importPlain = query.capture("import.plain");
    importFrom = query.capture("import.from");
    importFuture = query.capture("import.future");
    classNode = query.capture("class");
    className = query.capture("class.name");
    classBased = query.capture("class.based");
    classBase = query.capture("class.base");
    call = query.capture("call");
    callFunction = query.capture("call.function");
    callArguments = query.capture("call.arguments");
    subscript = query.capture("subscript");
    subscriptValue = query.capture("subscript.value");
    subscriptIndex = query.capture("subscript.index");
    runner = query.capture("runner");
    runnerCondition = query.capture("runner.condition");
    runnerCall = query.capture("runner.call");
    function = query.capture("function");
    functionName = query.capture("function.name");
    expectBody = query.capture("expect.body");
    expectFunction = query.capture("expect.function");
    expectType = query.capture("expect.type");
    tryNode = query.capture("try");
    tryBody = query.capture("try.body");
    except = query.capture("except");
    exceptValue = query.capture("except.value");
    alias = query.capture("alias");
    aliasName = query.capture("alias.name");
    aliasValue = query.capture("alias.value");
    missing = query.capture("missing");
    singleSlot = query.slots(SINGLES);
  }

  /** Parses {@code parsable} (see {@link Utf8Offsets#parsable}) and sorts what the query caught. */
  Captures run(String parsable) {
    Collector out = new Collector();
    query.forEachMatch(parsable, out::add);
    return out.captures();
  }

  /** Sorts the captures of each match into the lists of {@link Captures}. */
  private final class Collector {
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
    private final List<MissingNode> missingNodes = new ArrayList<>();
    private final List<Assignment> aliases = new ArrayList<>();

    /** The lists of {@link #SINGLES}, in that order. */
    private final List<List<TextRange>> singles =
        List.of(
            identifiers,
            attributes,
            attributeNames,
            excluded,
            bindings,
            unbound,
            stores,
            comments,
            errors);

    void add(TreeQuery.Match found) {
      TextRange name = found.get(importName);
      TextRange module = found.get(importModule);
      TextRange importAs = found.get(importAlias);
      if (found.has(importPlain)) {
        imports.add(new ImportName(ImportKind.PLAIN, found.get(importPlain), null, name, importAs));
      } else if (found.has(importFrom)) {
        imports.add(new ImportName(ImportKind.FROM, found.get(importFrom), module, name, importAs));
      } else if (found.has(importFuture)) {
        imports.add(
            new ImportName(ImportKind.FUTURE, found.get(importFuture), null, name, importAs));
      } else if (found.has(classNode)) {
        classes.add(new Definition(found.get(classNode), found.get(className)));
      } else if (found.has(classBased)) {
        bases.add(new Base(found.get(classBased).start(), found.get(classBase)));
      } else if (found.has(call)) {
        TextRange callee = found.get(callFunction);
        TextRange arguments = found.get(callArguments);
        calls.add(callee);
        shapes.add(
            new Shape(
                callee,
                found.get(call),
                new TextRange(arguments.start() + 1, arguments.end() - 1)));
      } else if (found.has(subscript)) {
        TextRange value = found.get(subscriptValue);
        TextRange whole = found.get(subscript);
        subscripts.add(value);
        shapes.add(
            new Shape(
                value, whole, new TextRange(found.get(subscriptIndex).start(), whole.end() - 1)));
      } else if (found.has(runner)) {
        runners.add(
            new Runner(found.get(runner), found.get(runnerCondition), found.get(runnerCall)));
      } else if (found.has(function)) {
        functions.add(new Definition(found.get(function), found.get(functionName)));
      } else if (found.has(expectBody)) {
        expectations.add(
            new Expectation(
                found.get(expectBody), found.get(expectFunction), found.get(expectType)));
      } else if (found.has(tryNode)) {
        tries.add(new Try(found.get(tryNode), found.get(tryBody)));
      } else if (found.has(except)) {
        excepts.add(new Except(found.get(except), found.get(exceptValue)));
      } else if (found.has(alias)) {
        aliases.add(new Assignment(found.get(alias), found.get(aliasName), found.get(aliasValue)));
      } else if (found.missingType() != null) {
        missingNodes.add(new MissingNode(found.get(missing), found.missingType()));
      } else {
        found.addEach(singleSlot, singles);
      }
    }

    Captures captures() {
      // A comprehension's targets are its own scope's; Python deletes an except's `as` name.
      NodeRanges<TextRange> unboundTargets = new NodeRanges<>(unbound, range -> range);
      bindings.removeIf(unboundTargets::anyContains);
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
          missingNodes,
          aliases);
    }
  }
}
