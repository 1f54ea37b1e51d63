package dev.ssotgardener.policy.kinds;

import static dev.ssotgardener.policy.kinds.Words.code;
import static dev.ssotgardener.policy.kinds.Words.codeEach;
import static dev.ssotgardener.policy.kinds.Words.first;
import static dev.ssotgardener.policy.kinds.Words.orList;
import static dev.ssotgardener.policy.kinds.Words.shortName;

import dev.ssotgardener.policy.Truth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code api}: the forbidden attributes and functions are not used, however imported. */
public final class ApiKind implements KindDescriptor {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

  @Override
  public String id() {
    return "api";
  }

  @Override
  public String summary() {
    return "Forbidden attributes and functions are not used";
  }

  @Override
  public Fixability fixability() {
    return Fixability.SOMETIMES;
  }

  @Override
  public String defectWords() {
    return "Direct API Use";
  }

  @Override
  public List<String> requiredKeys() {
    return List.of("forbids");
  }

  @Override
  public List<String> optionalKeys() {
    return List.of("canonical", "rewrite", "except");
  }

  @Override
  public Optional<String> rewriteFromProblem(String from) {
    return RewriteForm.parse(from).isPresent()
        ? Optional.empty()
        : Optional.of(
            "'"
                + from
                + "' is not a call or subscript template like 'os.getenv({0})' or"
                + " 'os.environ[{0}]'");
  }

  @Override
  public Optional<String> rewriteToProblem(String from, String to) {
    Matcher placeholders = PLACEHOLDER.matcher(to);
    while (placeholders.find()) {
      if (!from.contains(placeholders.group())) {
        return Optional.of(
            "uses " + placeholders.group() + ", which the forbidden form does not capture");
      }
    }
    return Optional.empty();
  }

  @Override
  public String shortDescription(Truth t) {
    return "Use " + shortName(first(t.canonical())) + ", not " + orList(t.forbids());
  }

  @Override
  public String help(Truth t) {
    return "Do not use " + codeEach(t.forbids()) + "; use " + codeEach(t.canonical()) + ".";
  }

  @Override
  public String violation(Truth t, Defect d) {
    return "Direct "
        + code(d.forbidden())
        + " access instead of "
        + code(shortName(first(t.canonical(), "?")));
  }

  @Override
  public String criterion(Truth t, Defect d) {
    return "Uses "
        + code(shortName(first(t.canonical(), "?")))
        + "; no direct "
        + code(d.forbidden())
        + " access remains";
  }
}
