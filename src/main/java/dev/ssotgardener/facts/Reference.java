package dev.ssotgardener.facts;

/**
 * A use of a qualified name: the longest dotted chain at one place whose head resolves through an
 * import or a local definition ({@code um.patch.dict} with {@code import unittest.mock as um} is
 * {@code unittest.mock.patch.dict}).
 *
 * @param text the chain as written
 */
public record Reference(String qualifiedName, Usage usage, String text, Span span) {
  /** How the chain is used where it appears. */
  public enum Usage {
    /** Read or passed on. */
    USE,
    /** Called: {@code name(...)}. */
    CALL,
    /** Subscripted: {@code name[...]}. */
    SUBSCRIPT,
    /** Constructed: Java {@code new Name(...)}. */
    NEW
  }
}
