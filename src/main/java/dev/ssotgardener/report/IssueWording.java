package dev.ssotgardener.report;

import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.policy.BuiltinCheck;
import dev.ssotgardener.policy.Truth;
import dev.ssotgardener.policy.kinds.Defect;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed issue's phrasing for one defect: the checklist line ("Direct `unittest.mock` imports
 * instead of `SSotMockFactory`") and the success criterion ("Migrated to `SSotBaseTestCase`").
 */
final class IssueWording {
  private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:class|interface)\\s+(\\w+)");

  private final ReportContext context;

  IssueWording(ReportContext context) {
    this.context = context;
  }

  String violation(Finding f) {
    Optional<Truth> truth = context.truth(f.truth());
    if (truth.isPresent()) {
      Truth t = truth.get();
      return t.kind().descriptor().violation(t, defect(f, t));
    }
    return BuiltinCheck.fromId(f.truth())
        .map(c -> c.descriptor().violation(f.snippet()))
        .orElse(f.message());
  }

  String successCriterion(Finding f) {
    Optional<Truth> truth = context.truth(f.truth());
    if (truth.isPresent()) {
      Truth t = truth.get();
      return t.kind().descriptor().criterion(t, defect(f, t));
    }
    return BuiltinCheck.fromId(f.truth())
        .map(c -> c.descriptor().criterion())
        .orElse("No `" + f.truth() + "` finding remains");
  }

  private static Defect defect(Finding f, Truth t) {
    return new Defect(forbidden(f, t), definedName(f));
  }

  /** The forbidden name the finding is about: the longest one its message names. */
  private static String forbidden(Finding f, Truth t) {
    return t.forbids().stream()
        .filter(
            name ->
                Pattern.compile("(?<![\\w.])" + Pattern.quote(name) + "(?![\\w])")
                    .matcher(f.message())
                    .find())
        .max(Comparator.comparingInt(String::length))
        .orElse(first(t.forbids()));
  }

  private static Optional<String> definedName(Finding f) {
    Matcher m = CLASS_NAME.matcher(f.snippet());
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static String first(List<String> names) {
    return names.isEmpty() ? "?" : names.get(0);
  }
}
