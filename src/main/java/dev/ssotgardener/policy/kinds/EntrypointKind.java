package dev.ssotgardener.policy.kinds;

import static dev.ssotgardener.policy.kinds.Words.code;
import static dev.ssotgardener.policy.kinds.Words.codeEach;
import static dev.ssotgardener.policy.kinds.Words.first;
import static dev.ssotgardener.policy.kinds.Words.shortName;

import dev.ssotgardener.policy.Truth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@code entrypoint}: tests run only through the canonical runner script. */
public final class EntrypointKind implements KindDescriptor {
  @Override
  public String id() {
    return "entrypoint";
  }

  @Override
  public String summary() {
    return "Tests run only through the canonical runner";
  }

  @Override
  public Fixability fixability() {
    return Fixability.SOMETIMES;
  }

  @Override
  public String defectWords() {
    return "Own Test Runner";
  }

  @Override
  public List<String> requiredKeys() {
    return List.of("canonical", "forbids");
  }

  @Override
  public List<String> optionalKeys() {
    return List.of("except");
  }

  /** The canonical runners are files, named as the repository's own paths. */
  @Override
  public Optional<String> canonicalProblem(List<String> canonical) {
    for (String file : canonical) {
      boolean relative =
          !file.startsWith("/")
              && !file.contains("\\")
              && Arrays.stream(file.split("/", -1))
                  .noneMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."));
      if (!relative) {
        return Optional.of("'" + file + "' is not a repo-relative path like 'tests/run_tests.py'");
      }
    }
    return Optional.empty();
  }

  @Override
  public String shortDescription(Truth t) {
    return "Tests run only through " + first(t.canonical());
  }

  @Override
  public String help(Truth t) {
    return "Run tests through "
        + codeEach(t.canonical())
        + "; do not start a runner of your own ("
        + codeEach(t.forbids())
        + ").";
  }

  @Override
  public String violation(Truth t, Defect d) {
    return "Bypasses "
        + code(shortName(first(t.canonical(), "?")))
        + " (calls "
        + code(d.forbidden())
        + ")";
  }

  @Override
  public String criterion(Truth t, Defect d) {
    return "No test starts its own runner (" + code(d.forbidden()) + ")";
  }
}
