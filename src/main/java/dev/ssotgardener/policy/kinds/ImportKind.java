package dev.ssotgardener.policy.kinds;

import static dev.ssotgardener.policy.kinds.Words.code;
import static dev.ssotgardener.policy.kinds.Words.codeEach;
import static dev.ssotgardener.policy.kinds.Words.first;
import static dev.ssotgardener.policy.kinds.Words.orList;
import static dev.ssotgardener.policy.kinds.Words.shortName;

import dev.ssotgardener.policy.Truth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code import}: the forbidden modules and names are not imported. */
public final class ImportKind implements KindDescriptor {
  private static final Pattern QUALIFIED = Pattern.compile("\\w+(\\.\\w+)*");

  @Override
  public String id() {
    return "import";
  }

  @Override
  public String summary() {
    return "Forbidden modules and names are not imported";
  }

  @Override
  public Fixability fixability() {
    return Fixability.SOMETIMES;
  }

  @Override
  public String defectWords() {
    return "Forbidden Import";
  }

  @Override
  public List<String> requiredKeys() {
    return List.of("forbids");
  }

  @Override
  public List<String> optionalKeys() {
    return List.of("canonical", "rewrite", "except");
  }

  /** The rule maps an imported name by prefix, so both sides are plain qualified names. */
  @Override
  public Optional<String> rewriteFromProblem(String from) {
    return qualified(from);
  }

  @Override
  public Optional<String> rewriteToProblem(String from, String to) {
    return qualified(to);
  }

  private static Optional<String> qualified(String name) {
    return QUALIFIED.matcher(name).matches()
        ? Optional.empty()
        : Optional.of("'" + name + "' is not a qualified name like 'mock.patch'");
  }

  @Override
  public String shortDescription(Truth t) {
    return "Use " + shortName(first(t.canonical())) + ", not " + orList(t.forbids());
  }

  @Override
  public String help(Truth t) {
    return "Do not import " + codeEach(t.forbids()) + "; use " + codeEach(t.canonical()) + ".";
  }

  @Override
  public String violation(Truth t, Defect d) {
    return "Direct "
        + code(d.forbidden())
        + " imports instead of "
        + code(shortName(first(t.canonical(), "?")));
  }

  @Override
  public String criterion(Truth t, Defect d) {
    return "Uses "
        + code(shortName(first(t.canonical(), "?")))
        + "; no "
        + code(d.forbidden())
        + " imports remain";
  }
}
