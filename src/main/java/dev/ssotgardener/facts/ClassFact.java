package dev.ssotgardener.facts;

import java.util.List;

/**
 * A type definition.
 *
 * @param name the simple name
 * @param qualifiedName module (or package) plus enclosing classes plus name
 * @param bases the qualified names of the direct supertypes, as resolved in the defining file
 * @param kind class, interface, record or enum
 * @param hasTestMethods carries test methods (JUnit/TestNG annotations); always false for Python,
 *     where the test-class signal is the name and the bases
 * @param span the name of the class
 * @param baseSpans where each of {@code bases} is written, in the same order; empty when the front
 *     end does not say
 */
public record ClassFact(
    String name,
    String qualifiedName,
    List<String> bases,
    TypeKind kind,
    boolean hasTestMethods,
    Span span,
    List<Span> baseSpans) {
  public ClassFact {
    bases = List.copyOf(bases);
    baseSpans = List.copyOf(baseSpans);
  }

  /** A class whose base expressions are not located. */
  public ClassFact(
      String name,
      String qualifiedName,
      List<String> bases,
      TypeKind kind,
      boolean hasTestMethods,
      Span span) {
    this(name, qualifiedName, bases, kind, hasTestMethods, span, List.of());
  }

  public enum TypeKind {
    CLASS,
    INTERFACE,
    RECORD,
    ENUM
  }
}
