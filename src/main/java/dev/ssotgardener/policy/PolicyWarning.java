package dev.ssotgardener.policy;

/**
 * Something in the policy that is valid but probably not what its author meant (a glob that matches
 * no file): reported beside the findings, never changing them or the exit code.
 *
 * @param file the policy file, as given to the loader
 * @param message what is wrong, naming the key ({@code tests[0]: "src/test/java/**" matches no
 *     file})
 */
public record PolicyWarning(String file, int line, int column, String message) {
  /** {@code ssot.yml:3:8: tests[0]: "src/test/java/**" matches no file}. */
  public String text() {
    return "%s:%d:%d: %s".formatted(file, line, column, message);
  }
}
