package dev.ssotgardener.lang.java;

import dev.ssotgardener.facts.ClassFact.TypeKind;
import dev.ssotgardener.lang.MissingNode;
import dev.ssotgardener.lang.TextRange;
import dev.ssotgardener.lang.Utf8Offsets;
import dev.ssotgardener.lang.java.JavaCaptures.Annotated;
import dev.ssotgardener.lang.java.JavaCaptures.Call;
import dev.ssotgardener.lang.java.JavaCaptures.Creation;
import dev.ssotgardener.lang.java.JavaCaptures.Method;
import dev.ssotgardener.lang.java.JavaCaptures.TypeDecl;
import dev.ssotgardener.lang.treesitter.NativeTreeSitter;
import dev.ssotgardener.lang.treesitter.TreeQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one query run over every Java tree. It is compiled once and shared between threads (a
 * tree-sitter query is immutable); each run parses, queries and frees its own tree.
 */
final class JavaQuery {
  private static final String SOURCE =
      """
      (package_declaration [(identifier) (scoped_identifier)] @package)
      (import_declaration) @import
      (class_declaration name: (identifier) @type.name body: (_) @type.body) @type.class
      (interface_declaration name: (identifier) @type.name body: (_) @type.body) @type.interface
      (annotation_type_declaration name: (identifier) @type.name body: (_) @type.body)
        @type.annotation
      (record_declaration name: (identifier) @type.name body: (_) @type.body) @type.record
      (enum_declaration name: (identifier) @type.name body: (_) @type.body) @type.enum
      (superclass (_) @base)
      (super_interfaces (type_list (_) @base))
      (extends_interfaces (type_list (_) @base))
      (object_creation_expression (class_body) @anonymous)
      (enum_constant body: (class_body) @anonymous)
      [(constructor_body) (static_initializer) (class_body (block)) (enum_body_declarations (block))]
        @code
      (object_creation_expression type: (_) @new.type) @new
      (method_declaration (modifiers)? @method.modifiers
        type_parameters: (type_parameters)? @method.typeParameters type: (_) @method.type
        name: (identifier) @method.name parameters: (formal_parameters) @method.parameters) @method
      (method_invocation object: (_)? @call.object name: (identifier) @call.name) @call
      (field_access) @field
      (type_identifier) @type_use
      (scoped_type_identifier) @type_use
      (method_reference . (identifier) @method_ref)
      (marker_annotation name: (_) @annotation)
      (annotation name: (_) @annotation)
      (_ (modifiers (annotation name: (_) @suppress.name arguments: (_) @suppress.arguments)))
        @suppress
      (variable_declarator name: (identifier) @local)
      (formal_parameter name: (identifier) @local)
      (catch_formal_parameter name: (identifier) @local)
      (enhanced_for_statement name: (identifier) @local)
      (lambda_expression parameters: (identifier) @local)
      (inferred_parameters (identifier) @local)
      (resource name: (identifier) @local)
      (instanceof_expression name: (identifier) @local)
      (enum_constant name: (identifier) @local)
      (string_literal (multiline_string_fragment)) @text_block
      (line_comment) @comment
      (ERROR) @error
      (MISSING) @missing
      """;

  private static final Map<String, TypeKind> TYPE_KINDS =
      Map.of(
          "type.class", TypeKind.CLASS,
          "type.interface", TypeKind.INTERFACE,
          "type.annotation", TypeKind.ANNOTATION,
          "type.record", TypeKind.RECORD,
          "type.enum", TypeKind.ENUM);

  /** The captures of the one-capture patterns, each sorted into a list of its own. */
  private static final List<String> SINGLES =
      List.of(
          "import",
          "base",
          "anonymous",
          "code",
          "field",
          "annotation",
          "type_use",
          "method_ref",
          "local",
          "text_block",
          "comment",
          "error");

  private final TreeQuery query;
  private final int packageName;
  private final int typeName;
  private final int typeBody;
  private final int method;
  private final int methodModifiers;
  private final int methodTypeParameters;
  private final int methodType;
  private final int methodName;
  private final int methodParameters;
  private final int suppress;
  private final int suppressName;
  private final int suppressArguments;
  private final int call;
  private final int callObject;
  private final int callName;
  private final int creation;
  private final int creationType;
  private final int missing;

  /** By capture id: the kind of type a {@code @type.*} capture declares, else null. */
  private final TypeKind[] kindOf;

  /** By capture id: the index in {@link #SINGLES} of a one-capture pattern's capture, else -1. */
  private final int[] singleSlot;

  /** Runs on the optimized native library when there is one, else on the bundled natives. */
  JavaQuery(Optional<NativeTreeSitter> fast) {
    this.query = new TreeQuery(fast, NativeTreeSitter.Grammar.JAVA, SOURCE);
    packageName = query.capture("package");
    typeName = query.capture("type.name");
    typeBody = query.capture("type.body");
    method = query.capture("method");
    methodModifiers = query.capture("method.modifiers");
    methodTypeParameters = query.capture("method.typeParameters");
    methodType = query.capture("method.type");
    methodName = query.capture("method.name");
    methodParameters = query.capture("method.parameters");
    suppress = query.capture("suppress");
    suppressName = query.capture("suppress.name");
    suppressArguments = query.capture("suppress.arguments");
    call = query.capture("call");
    callObject = query.capture("call.object");
    callName = query.capture("call.name");
    creation = query.capture("new");
    creationType = query.capture("new.type");
    missing = query.capture("missing");
    kindOf = new TypeKind[query.captureCount()];
    TYPE_KINDS.forEach((capture, kind) -> kindOf[query.capture(capture)] = kind);
    singleSlot = query.slots(SINGLES);
  }

  /** Parses {@code parsable} (see {@link Utf8Offsets#parsable}) and sorts what the query caught. */
  JavaCaptures run(String parsable) {
    Collector out = new Collector();
    query.forEachMatch(parsable, out::add);
    return out.captures();
  }

  /** Sorts the captures of each match into the lists of {@link JavaCaptures}. */
  private final class Collector {
    private TextRange packageRange;
    private final List<TextRange> imports = new ArrayList<>();
    private final List<TypeDecl> types = new ArrayList<>();
    private final List<TextRange> bases = new ArrayList<>();
    private final List<TextRange> anonymousBodies = new ArrayList<>();
    private final List<TextRange> codeBodies = new ArrayList<>();
    private final List<Method> methods = new ArrayList<>();
    private final List<Call> calls = new ArrayList<>();
    private final List<TextRange> fieldAccesses = new ArrayList<>();
    private final List<Creation> creations = new ArrayList<>();
    private final List<TextRange> annotations = new ArrayList<>();
    private final List<Annotated> suppressions = new ArrayList<>();
    private final List<TextRange> typeUses = new ArrayList<>();
    private final List<TextRange> methodReferences = new ArrayList<>();
    private final List<TextRange> locals = new ArrayList<>();
    private final List<TextRange> textBlocks = new ArrayList<>();
    private final List<TextRange> comments = new ArrayList<>();
    private final List<TextRange> errors = new ArrayList<>();
    private final List<MissingNode> missingNodes = new ArrayList<>();

    /** The lists of {@link #SINGLES}, in that order. */
    private final List<List<TextRange>> singles =
        List.of(
            imports,
            bases,
            anonymousBodies,
            codeBodies,
            fieldAccesses,
            annotations,
            typeUses,
            methodReferences,
            locals,
            textBlocks,
            comments,
            errors);

    void add(TreeQuery.Match found) {
      if (found.has(typeName)) {
        for (int i = 0; i < found.count(); i++) {
          TypeKind kind = kindOf[found.captureAt(i)];
          if (kind != null) {
            types.add(
                new TypeDecl(
                    kind, found.get(found.captureAt(i)), found.get(typeName), found.get(typeBody)));
          }
        }
      } else if (found.has(method)) {
        methods.add(
            new Method(
                found.get(method),
                found.get(methodModifiers),
                found.get(methodTypeParameters),
                found.get(methodType),
                found.get(methodName),
                found.get(methodParameters)));
      } else if (found.has(suppress)) {
        suppressions.add(
            new Annotated(
                found.get(suppress), found.get(suppressName), found.get(suppressArguments)));
      } else if (found.has(call)) {
        calls.add(new Call(found.get(call), found.get(callObject), found.get(callName)));
      } else if (found.has(creation)) {
        creations.add(new Creation(found.get(creation), found.get(creationType)));
      } else if (found.missingType() != null) {
        missingNodes.add(new MissingNode(found.get(missing), found.missingType()));
      } else if (found.has(packageName)) {
        packageRange = packageRange == null ? found.get(packageName) : packageRange;
      } else {
        found.addEach(singleSlot, singles);
      }
    }

    JavaCaptures captures() {
      return new JavaCaptures(
          packageRange,
          imports,
          types,
          bases,
          anonymousBodies,
          codeBodies,
          methods,
          calls,
          fieldAccesses,
          creations,
          annotations,
          suppressions,
          typeUses,
          methodReferences,
          locals,
          textBlocks,
          comments,
          errors,
          missingNodes);
    }
  }
}
