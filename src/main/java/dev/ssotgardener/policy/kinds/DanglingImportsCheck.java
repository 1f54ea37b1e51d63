package dev.ssotgardener.policy.kinds;

/** {@code dangling-imports}: Imports resolve to code that exists. */
public final class DanglingImportsCheck implements CheckDescriptor {
  @Override
  public String id() {
    return "dangling-imports";
  }

  @Override
  public String summary() {
    return "Imports resolve to code that exists";
  }

  @Override
  public Fixability fixability() {
    return Fixability.SOMETIMES;
  }

  @Override
  public String defectWords() {
    return "Dangling Import";
  }

  @Override
  public String help() {
    return "Import the code that replaced the missing module or name, or remove the import.";
  }

  @Override
  public String impact() {
    return "importing the module fails at run time";
  }

  @Override
  public String violation(String snippet) {
    return "Import of code that no longer exists: " + Words.code(snippet.strip());
  }

  @Override
  public String criterion() {
    return "Every import resolves";
  }
}
