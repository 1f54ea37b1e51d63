package dev.ssotgardener.policy.kinds;

/** {@code conflict-markers}: No committed merge-conflict markers. */
public final class ConflictMarkersCheck implements CheckDescriptor {
  @Override
  public String id() {
    return "conflict-markers";
  }

  @Override
  public String summary() {
    return "No committed merge-conflict markers";
  }

  @Override
  public Fixability fixability() {
    return Fixability.SOMETIMES;
  }

  @Override
  public String defectWords() {
    return "Merge Conflict";
  }

  @Override
  public String help() {
    return "Resolve the conflict and remove the <<<<<<<, ======= and >>>>>>> lines; "
        + "`ssot fix` shows both sides and which of them parse.";
  }

  @Override
  public String impact() {
    return "the file cannot be imported or run until the conflict is resolved";
  }

  @Override
  public String violation(String snippet) {
    return "Unresolved merge conflict markers";
  }

  @Override
  public String criterion() {
    return "Merge conflict resolved";
  }
}
