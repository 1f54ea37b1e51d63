package dev.ssotgardener.rules;

/**
 * A part a fix needs (an import, an edit), or why the rule could not make it here: the reason a
 * finding then carries.
 */
record Attempt<T>(T value, String reason) {
  static <T> Attempt<T> of(T value) {
    return new Attempt<>(value, "");
  }

  static <T> Attempt<T> refused(String reason) {
    return new Attempt<>(null, reason);
  }

  boolean failed() {
    return value == null;
  }
}
