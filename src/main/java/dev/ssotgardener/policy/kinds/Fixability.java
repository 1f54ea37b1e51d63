package dev.ssotgardener.policy.kinds;

/** Whether a rule's findings come with a fix, as Ruff's {@code FixAvailability} says it. */
public enum Fixability {
  ALWAYS("always"),
  SOMETIMES("sometimes"),
  NEVER("never");

  private final String word;

  Fixability(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }
}
