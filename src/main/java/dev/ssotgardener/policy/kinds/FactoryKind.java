package dev.ssotgardener.policy.kinds;

import static dev.ssotgardener.policy.kinds.Words.code;
import static dev.ssotgardener.policy.kinds.Words.codeEach;
import static dev.ssotgardener.policy.kinds.Words.first;
import static dev.ssotgardener.policy.kinds.Words.orList;
import static dev.ssotgardener.policy.kinds.Words.shortName;
import static dev.ssotgardener.policy.kinds.Words.shortNames;

import dev.ssotgardener.policy.Truth;
import java.util.List;

/** {@code factory}: the forbidden classes are constructed only through the canonical factory. */
public final class FactoryKind implements KindDescriptor {
  @Override
  public String id() {
    return "factory";
  }

  @Override
  public String summary() {
    return "Classes are constructed only through their factory";
  }

  @Override
  public Fixability fixability() {
    return Fixability.NEVER;
  }

  @Override
  public String defectWords() {
    return "Direct Construction";
  }

  @Override
  public List<String> requiredKeys() {
    return List.of("canonical", "forbids");
  }

  @Override
  public List<String> optionalKeys() {
    return List.of("except");
  }

  @Override
  public String shortDescription(Truth t) {
    return "Construct "
        + orList(shortNames(t.forbids()))
        + " through "
        + shortName(first(t.canonical()));
  }

  @Override
  public String help(Truth t) {
    return "Construct " + codeEach(t.forbids()) + " only through " + codeEach(t.canonical()) + ".";
  }

  @Override
  public String violation(Truth t, Defect d) {
    return "Direct "
        + code(shortName(d.forbidden()))
        + " construction instead of "
        + code(shortName(first(t.canonical(), "?")));
  }

  @Override
  public String criterion(Truth t, Defect d) {
    return code(shortName(d.forbidden()))
        + " built only through "
        + code(shortName(first(t.canonical(), "?")));
  }
}
