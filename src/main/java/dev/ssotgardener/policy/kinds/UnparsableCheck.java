package dev.ssotgardener.policy.kinds;

/** {@code unparsable}: Source files parse. */
public final class UnparsableCheck implements CheckDescriptor {
  @Override
  public String id() {
    return "unparsable";
  }

  @Override
  public String summary() {
    return "Source files parse";
  }

  @Override
  public Fixability fixability() {
    return Fixability.NEVER;
  }

  @Override
  public String defectWords() {
    return "Syntax Error";
  }

  @Override
  public String help() {
    return "Fix the syntax error: a file that does not parse cannot be checked.";
  }

  @Override
  public String impact() {
    return "the file cannot be imported, run or checked";
  }

  @Override
  public String violation(String snippet) {
    return "File does not parse";
  }

  @Override
  public String criterion() {
    return "File parses";
  }
}
