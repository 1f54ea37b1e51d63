package dev.ssotgardener.policy.kinds;

/** {@code invalid-suppression}: Suppressions name a known id and give a reason. */
public final class InvalidSuppressionCheck implements CheckDescriptor {
  @Override
  public String id() {
    return "invalid-suppression";
  }

  @Override
  public String summary() {
    return "Suppressions name a known id and give a reason";
  }

  @Override
  public Fixability fixability() {
    return Fixability.NEVER;
  }

  @Override
  public String defectWords() {
    return "Invalid Suppression";
  }

  @Override
  public String help() {
    return "Write `# ssot: ignore[<id>] <reason>` with an id from ssot.yml and a reason.";
  }

  @Override
  public String impact() {
    return "";
  }

  @Override
  public String violation(String snippet) {
    return "Suppression without a reason or with an unknown id";
  }

  @Override
  public String criterion() {
    return "Every suppression names a known id and gives a reason";
  }
}
