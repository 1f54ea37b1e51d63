package dev.ssotgardener.policy.kinds;

import static dev.ssotgardener.policy.kinds.Words.code;
import static dev.ssotgardener.policy.kinds.Words.codeEach;
import static dev.ssotgardener.policy.kinds.Words.first;
import static dev.ssotgardener.policy.kinds.Words.shortName;

import dev.ssotgardener.policy.Truth;
import java.util.List;
import java.util.Optional;

/** {@code single-definition}: the named classes are defined once, by the canonical one. */
public final class SingleDefinitionKind implements KindDescriptor {
  @Override
  public String id() {
    return "single-definition";
  }

  @Override
  public String summary() {
    return "A class is defined once, by the canonical definition";
  }

  @Override
  public Fixability fixability() {
    return Fixability.NEVER;
  }

  @Override
  public String defectWords() {
    return "Duplicate Definition";
  }

  @Override
  public List<String> requiredKeys() {
    return List.of("canonical", "names");
  }

  @Override
  public List<String> optionalKeys() {
    return List.of();
  }

  @Override
  public Optional<String> canonicalProblem(List<String> canonical) {
    return canonical.size() == 1
        ? Optional.empty()
        : Optional.of("kind 'single-definition' takes exactly one canonical");
  }

  @Override
  public String shortDescription(Truth t) {
    return shortName(first(t.canonical())) + " is the single definition";
  }

  @Override
  public String help(Truth t) {
    return codeEach(t.canonical())
        + " is the one definition of "
        + codeEach(t.names())
        + "; extend or use it instead of defining another.";
  }

  @Override
  public String violation(Truth t, Defect d) {
    return "Duplicate "
        + code(d.defined().orElse(String.join(", ", t.names())))
        + " definition beside the single "
        + code(shortName(first(t.canonical(), "?")));
  }

  @Override
  public String criterion(Truth t, Defect d) {
    return code(shortName(first(t.canonical(), "?")))
        + " is the only definition of "
        + code(t.names());
  }
}
