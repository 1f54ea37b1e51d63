package dev.ssotgardener.facts;

/**
 * A use of a qualified name: the longest dotted chain at one place whose head resolves through an
 * import or a local definition ({@code um.patch.dict} with {@code import unittest.mock as um} is
 * {@code unittest.mock.patch.dict}).
 *
 * @param text the chain as written
 * @param expression the whole call or subscript the chain heads ({@code os.getenv("X")}); the chain
 *     itself for other uses
 * @param arguments the text between the call's parentheses or the subscript's brackets; empty for
 *     other uses
 */
public record Reference(
    String qualifiedName, Usage usage, String text, Span span, Span expression, String arguments) {
  public Reference {
    qualifiedName = SharedStrings.of(qualifiedName);
    text = SharedStrings.of(text);
    arguments = SharedStrings.of(arguments);
  }

  /** A reference whose call or subscript is not located. */
  public Reference(String qualifiedName, Usage usage, String text, Span span) {
    this(qualifiedName, usage, text, span, span, "");
  }

  /** How the chain is used where it appears. */
  public enum Usage {
    /** Read or passed on. */
    USE,
    /** Called: {@code name(...)}. */
    CALL,
    /** Subscripted: {@code name[...]}. */
    SUBSCRIPT,
    /** Constructed: Java {@code new Name(...)}. */
    NEW,
    /**
     * Subscripted as the target of an assignment or {@code del}: {@code name[...] = x}; no read
     * template applies to it.
     */
    STORE
  }
}
