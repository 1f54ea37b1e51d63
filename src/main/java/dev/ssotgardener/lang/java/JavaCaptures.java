package dev.ssotgardener.lang.java;

import dev.ssotgardener.facts.ClassFact.TypeKind;
import dev.ssotgardener.lang.MissingNode;
import dev.ssotgardener.lang.TextRange;
import java.util.List;

/**
 * Everything one query run over a Java tree captured, as char ranges: the only thing taken across
 * from native code, so the facts are computed in Java from offsets and the source text.
 *
 * @param packageName the dotted name of the {@code package} declaration, or null
 * @param imports whole {@code import} declarations, read in Java from their text
 * @param bases the supertype expressions of every type header
 * @param anonymousBodies the bodies of anonymous classes ({@code new X() {...}})
 * @param codeBodies constructor bodies and initializer blocks: code, like a method's body
 * @param fieldAccesses {@code a.b.c} expressions
 * @param annotations the names of annotations ({@code Mock} in {@code @Mock})
 * @param typeUses type names written anywhere ({@code List}, {@code a.b.C}), inner parts included
 * @param methodReferences the name heading a method reference ({@code Foo} in {@code Foo::bar})
 * @param locals names declared as variables, fields or parameters, which shadow types
 * @param textBlocks {@code """} string literals
 * @param comments line comments
 */
record JavaCaptures(
    TextRange packageName,
    List<TextRange> imports,
    List<TypeDecl> types,
    List<TextRange> bases,
    List<TextRange> anonymousBodies,
    List<TextRange> codeBodies,
    List<Method> methods,
    List<Call> calls,
    List<TextRange> fieldAccesses,
    List<Creation> creations,
    List<TextRange> annotations,
    List<TextRange> typeUses,
    List<TextRange> methodReferences,
    List<TextRange> locals,
    List<TextRange> textBlocks,
    List<TextRange> comments,
    List<TextRange> errors,
    List<MissingNode> missing) {

  /** A class, interface, annotation type, record or enum declaration. */
  record TypeDecl(TypeKind kind, TextRange node, TextRange name, TextRange body) {}

  /** A method declaration; {@code modifiers} is null when it has none. */
  record Method(
      TextRange node, TextRange modifiers, TextRange type, TextRange name, TextRange parameters) {}

  /** A method invocation; {@code object} is null for an unqualified call. */
  record Call(TextRange node, TextRange object, TextRange name) {}

  /** A {@code new T(...)} expression and its type. */
  record Creation(TextRange node, TextRange type) {}
}
