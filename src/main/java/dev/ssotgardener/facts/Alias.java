package dev.ssotgardener.facts;

/**
 * A module-level name bound to another qualified name by assignment ({@code BaseTestCase =
 * SSotBaseTestCase}, {@code Session: type[S] = boto3.Session}); the index follows it as it follows
 * a re-export.
 *
 * @param name the name bound in the module
 * @param target the qualified name it denotes, resolved through the file's own bindings
 * @param span the assignment
 */
public record Alias(String name, String target, Span span) {}
