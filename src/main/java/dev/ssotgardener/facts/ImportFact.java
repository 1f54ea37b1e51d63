package dev.ssotgardener.facts;

/**
 * One imported name, with relative imports already made absolute.
 *
 * @param target the fully qualified thing imported: {@code unittest.mock} for {@code import
 *     unittest.mock} and {@code from unittest import mock}, {@code os.environ} for {@code from os
 *     import environ}; for a wildcard the module itself
 * @param module the module the import reads from ({@code unittest} in {@code from unittest import
 *     mock}; equal to {@code target} for a plain import)
 * @param member the name taken from {@code module}, or null for a plain or wildcard import and for
 *     a Java static member import (whose {@code module} is the class: methods and fields are not
 *     indexed)
 * @param localName the name bound in the importing file ({@code um}, {@code mock}, {@code os} for
 *     {@code import os.path}); null for a wildcard
 * @param localTarget what {@code localName} denotes ({@code os} for {@code import os.path})
 * @param wildcard a {@code from m import *} (or Java {@code import p.*})
 * @param guarded inside a {@code try} whose handler catches the import failing
 * @param isStatic a Java {@code import static}
 * @param span the whole import statement
 * @param nameSpan this name within the statement, with its alias ({@code mock as m}); equal to
 *     {@code span} when the front end does not say
 */
public record ImportFact(
    String target,
    String module,
    String member,
    String localName,
    String localTarget,
    boolean wildcard,
    boolean guarded,
    boolean isStatic,
    Span span,
    Span nameSpan) {
  public ImportFact {
    target = SharedStrings.of(target);
    module = SharedStrings.of(module);
    member = SharedStrings.of(member);
    localName = SharedStrings.of(localName);
    localTarget = SharedStrings.of(localTarget);
  }

  /** An import whose name is not located within its statement. */
  public ImportFact(
      String target,
      String module,
      String member,
      String localName,
      String localTarget,
      boolean wildcard,
      boolean guarded,
      boolean isStatic,
      Span span) {
    this(target, module, member, localName, localTarget, wildcard, guarded, isStatic, span, span);
  }
}
