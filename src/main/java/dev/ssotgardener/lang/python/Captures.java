package dev.ssotgardener.lang.python;

import dev.ssotgardener.lang.MissingNode;
import dev.ssotgardener.lang.TextRange;
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
    List<TextRange> identifiers,
    List<TextRange> attributes,
    List<TextRange> attributeNames,
    List<TextRange> calls,
    List<TextRange> subscripts,
    List<TextRange> stores,
    List<Shape> shapes,
    List<Runner> runners,
    List<TextRange> excluded,
    List<TextRange> bindings,
    List<Try> tries,
    List<Except> excepts,
    List<Expectation> expectations,
    List<TextRange> comments,
    List<TextRange> errors,
    List<MissingNode> missing,
    List<Assignment> aliases) {

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
  record ImportName(
      ImportKind kind, TextRange statement, TextRange module, TextRange name, TextRange alias) {}

  /**
   * A call or subscript: {@code head} is the callee or subscripted value, {@code whole} the whole
   * expression, {@code inner} what stands between its parentheses or brackets.
   */
  record Shape(TextRange head, TextRange whole, TextRange inner) {}

  /**
   * An {@code if} without {@code else} whose condition is a comparison and whose body is one call.
   */
  record Runner(TextRange node, TextRange condition, TextRange call) {}

  /** A class or function definition and its name. */
  record Definition(TextRange node, TextRange name) {}

  /** One superclass expression of the class whose node starts at {@code classStart}. */
  record Base(int classStart, TextRange expression) {}

  /** A {@code try} statement and its body block. */
  record Try(TextRange node, TextRange body) {}

  /**
   * A {@code with f(T, ...):} block whose context manager is a call: {@code pytest.raises(T)} or
   * {@code self.assertRaises(T)} expects its body to raise {@code T}.
   */
  record Expectation(TextRange body, TextRange function, TextRange type) {}

  /** An {@code except} clause; {@code value} is null for a bare {@code except:}. */
  record Except(TextRange node, TextRange value) {}

  /** {@code name = value} where the value is a dotted name: a possible alias. */
  record Assignment(TextRange node, TextRange name, TextRange value) {}
}
