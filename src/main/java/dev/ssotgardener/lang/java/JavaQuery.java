package dev.ssotgardener.lang.java;

import dev.ssotgardener.facts.ClassFact.TypeKind;
import dev.ssotgardener.lang.MissingNode;
import dev.ssotgardener.lang.TextRange;
import dev.ssotgardener.lang.Utf8Offsets;
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
      (method_declaration (modifiers)? @method.modifiers type: (_) @method.type
        name: (identifier) @method.name parameters: (formal_parameters) @method.parameters) @method
      (method_invocation object: (_)? @call.object name: (identifier) @call.name) @call
      (field_access) @field
      (type_identifier) @type_use
      (scoped_type_identifier) @type_use
      (method_reference . (identifier) @method_ref)
      (marker_annotation name: (_) @annotation)
      (annotation name: (_) @annotation)
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

  private final TreeQuery query;

  /** Runs on the optimized native library when there is one, else on the bundled natives. */
  JavaQuery(Optional<NativeTreeSitter> fast) {
    this.query = new TreeQuery(fast, NativeTreeSitter.Grammar.JAVA, SOURCE);
  }

  /** Parses {@code parsable} (see {@link Utf8Offsets#parsable}) and sorts what the query caught. */
  JavaCaptures run(String parsable) {
    Collector out = new Collector();
    query.forEachMatch(parsable, out::add);
    return out.captures();
  }

  /** Sorts the captures of each match into the lists of {@link JavaCaptures}. */
  private static final class Collector {
    private TextRange packageName;
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
    private final List<TextRange> typeUses = new ArrayList<>();
    private final List<TextRange> methodReferences = new ArrayList<>();
    private final List<TextRange> locals = new ArrayList<>();
    private final List<TextRange> textBlocks = new ArrayList<>();
    private final List<TextRange> comments = new ArrayList<>();
    private final List<TextRange> errors = new ArrayList<>();
    private final List<MissingNode> missing = new ArrayList<>();

    void add(Map<String, TextRange> found, String missingType) {
      if (found.containsKey("type.name")) {
        TYPE_KINDS.forEach(
            (capture, kind) -> {
              TextRange node = found.get(capture);
              if (node != null) {
                types.add(new TypeDecl(kind, node, found.get("type.name"), found.get("type.body")));
              }
            });
      } else if (found.containsKey("method")) {
        methods.add(
            new Method(
                found.get("method"),
                found.get("method.modifiers"),
                found.get("method.type"),
                found.get("method.name"),
                found.get("method.parameters")));
      } else if (found.containsKey("call")) {
        calls.add(new Call(found.get("call"), found.get("call.object"), found.get("call.name")));
      } else if (found.containsKey("new")) {
        creations.add(new Creation(found.get("new"), found.get("new.type")));
      } else if (missingType != null) {
        missing.add(new MissingNode(found.get("missing"), missingType));
      } else {
        addSingle(found);
      }
    }

    private void addSingle(Map<String, TextRange> found) {
      for (Map.Entry<String, TextRange> entry : found.entrySet()) {
        TextRange range = entry.getValue();
        switch (entry.getKey()) {
          case "package" -> packageName = packageName == null ? range : packageName;
          case "import" -> imports.add(range);
          case "base" -> bases.add(range);
          case "anonymous" -> anonymousBodies.add(range);
          case "code" -> codeBodies.add(range);
          case "field" -> fieldAccesses.add(range);
          case "annotation" -> annotations.add(range);
          case "type_use" -> typeUses.add(range);
          case "method_ref" -> methodReferences.add(range);
          case "local" -> locals.add(range);
          case "text_block" -> textBlocks.add(range);
          case "comment" -> comments.add(range);
          case "error" -> errors.add(range);
          default -> {}
        }
      }
    }

    JavaCaptures captures() {
      return new JavaCaptures(
          packageName,
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
          typeUses,
          methodReferences,
          locals,
          textBlocks,
          comments,
          errors,
          missing);
    }
  }
}
