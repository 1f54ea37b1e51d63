package dev.ssotgardener.facts;

import java.util.List;

/**
 * A type definition, with what a test framework looks at to decide whether it runs the class.
 *
 * @param name the simple name
 * @param qualifiedName module (or package) plus enclosing classes plus name
 * @param bases the qualified names of the direct supertypes, as resolved in the defining file
 * @param kind class, interface, annotation type, record or enum
 * @param span the name of the class
 * @param baseSpans where each of {@code bases} is written, in the same order; empty when the front
 *     end does not say
 * @param nesting where the class is defined: at top level, directly in a class body, or in a
 *     function or method body (which no test framework collects)
 * @param enclosingClass the qualified name of the class whose body directly holds this one; empty
 *     unless {@code nesting} is {@link Nesting#MEMBER}
 * @param annotations the qualified names of the annotations (decorators) on the class itself
 * @param methodAnnotations the distinct qualified names of the annotations on the methods the class
 *     declares ({@code org.junit.jupiter.api.Test})
 * @param declaresInitializer the class defines its own instance initializer where a framework cares
 *     (a Python initializer or constructor method: pytest does not collect such a class)
 */
public record ClassFact(
    String name,
    String qualifiedName,
    List<String> bases,
    TypeKind kind,
    Span span,
    List<Span> baseSpans,
    Nesting nesting,
    String enclosingClass,
    List<String> annotations,
    List<String> methodAnnotations,
    boolean declaresInitializer) {
  public ClassFact {
    bases = List.copyOf(bases);
    baseSpans = List.copyOf(baseSpans);
    annotations = List.copyOf(annotations);
    methodAnnotations = List.copyOf(methodAnnotations);
  }

  public enum TypeKind {
    CLASS,
    INTERFACE,
    ANNOTATION,
    RECORD,
    ENUM
  }

  /** Where a type is defined. */
  public enum Nesting {
    /** At module (file) level. */
    TOP_LEVEL,
    /** Directly in the body of another class. */
    MEMBER,
    /** In the body of a function or method, at any depth. */
    LOCAL
  }
}
