package dev.ssotgardener.policy.kinds;

import static dev.ssotgardener.policy.kinds.Words.code;
import static dev.ssotgardener.policy.kinds.Words.codeEach;
import static dev.ssotgardener.policy.kinds.Words.first;
import static dev.ssotgardener.policy.kinds.Words.orList;
import static dev.ssotgardener.policy.kinds.Words.shortName;
import static dev.ssotgardener.policy.kinds.Words.shortNames;

import dev.ssotgardener.policy.Truth;
import java.util.List;

/** {@code base-class}: every test class inherits one of the canonical bases. */
public final class BaseClassKind implements KindDescriptor {
  @Override
  public String id() {
    return "base-class";
  }

  @Override
  public String summary() {
    return "Test classes inherit the canonical base class";
  }

  @Override
  public Fixability fixability() {
    return Fixability.SOMETIMES;
  }

  @Override
  public String defectWords() {
    return "Wrong Test Base Class";
  }

  @Override
  public List<String> requiredKeys() {
    return List.of("canonical");
  }

  @Override
  public List<String> optionalKeys() {
    return List.of("replaces");
  }

  @Override
  public String shortDescription(Truth t) {
    return "Test classes inherit " + orList(shortNames(t.canonical()));
  }

  @Override
  public String help(Truth t) {
    return "Every test class must inherit one of "
        + codeEach(t.canonical())
        + ", directly or through repository classes"
        + (t.replaces().isEmpty() ? "" : ", instead of " + codeEach(t.replaces()))
        + ".";
  }

  @Override
  public String violation(Truth t, Defect d) {
    return "No inheritance from " + code(shortName(first(t.canonical(), "?")));
  }

  @Override
  public String criterion(Truth t, Defect d) {
    return "Migrated to " + code(shortName(first(t.canonical(), "?")));
  }
}
