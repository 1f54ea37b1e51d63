package dev.ssotgardener.lang.python;

import java.util.List;

/**
 * Everything one query run over a Python tree captured, as char ranges: the only thing taken across
 * from native code, so the facts are computed in Java from offsets and the source text.
 */
record Captures(
    List<ImportName> imports,
    List<Definition> classes,
    List<Base> bases,
    List<Definition> functions,
    List<Range> identifiers,
    List<Range> attributes,
    List<Range> attributeNames,
    List<Range> calls,
    List<Range> subscripts,
    List<Shape> shapes,
    List<Runner> runners,
    List<Range> excluded,
    List<Range> bindings,
    List<Try> tries,
    List<Except> excepts,
    List<Range> comments,
    List<Range> errors,
    List<Missing> missing) {

  /** What an import statement binds: one match per imported name (or its wildcard). */
  enum ImportKind {
    PLAIN,
    FROM,
    FUTURE
  }

  /**
   * One imported name of a statement.
   *
   * @param module the {@code from} part, null for a plain import
   * @param name the dotted name, null for a wildcard
   * @param alias the {@code as} name, or null
   */
  record ImportName(ImportKind kind, Range statement, Range module, Range name, Range alias) {}

  /**
   * A call or subscript: {@code head} is the callee or subscripted value, {@code whole} the whole
   * expression, {@code inner} what stands between its parentheses or brackets.
   */
  record Shape(Range head, Range whole, Range inner) {}

  /**
   * An {@code if} without {@code else} whose condition is a comparison and whose body is one call.
   */
  record Runner(Range node, Range condition, Range call) {}

  /** A class or function definition and its name. */
  record Definition(Range node, Range name) {}

  /** One superclass expression of the class whose node starts at {@code classStart}. */
  record Base(int classStart, Range expression) {}

  /** A {@code try} statement and its body block. */
  record Try(Range node, Range body) {}

  /** An {@code except} clause; {@code value} is null for a bare {@code except:}. */
  record Except(Range node, Range value) {}

  /** A node the parser inserted; {@code type} is what was missing. */
  record Missing(Range node, String type) {}
}
