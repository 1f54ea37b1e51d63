package dev.ssotgardener.facts;

/**
 * A declared program entry point: a Java {@code public static void main(String[])}. A test that
 * declares one can be run outside the canonical runner.
 *
 * @param owner the qualified name of the class declaring it
 * @param span the method's name
 * @param declaration the whole method with the blank space before it, so deleting it leaves no gap
 */
public record EntryPoint(String owner, Span span, Span declaration) {}
