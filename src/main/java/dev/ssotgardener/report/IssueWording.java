package dev.ssotgardener.report;

import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.policy.BuiltinCheck;
import dev.ssotgardener.policy.Truth;
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
      String canonical = code(RuleTexts.shortName(first(t.canonical())));
      return switch (t.kind()) {
        case BASE_CLASS -> "No inheritance from " + canonical;
        case IMPORT -> "Direct " + code(forbidden(f, t)) + " imports instead of " + canonical;
        case API -> "Direct " + code(forbidden(f, t)) + " access instead of " + canonical;
        case ENTRYPOINT -> "Bypasses " + canonical + " (calls " + code(forbidden(f, t)) + ")";
        case SINGLE_DEFINITION ->
            "Duplicate "
                + code(definedName(f).orElse(String.join(", ", t.names())))
                + " definition beside the single "
                + canonical;
        case FACTORY ->
            "Direct "
                + code(RuleTexts.shortName(forbidden(f, t)))
                + " construction instead of "
                + canonical;
      };
    }
    return BuiltinCheck.fromId(f.truth())
        .map(
            c ->
                switch (c) {
                  case CONFLICT_MARKERS -> "Unresolved merge conflict markers";
                  case DANGLING_IMPORTS ->
                      "Import of code that no longer exists: " + code(f.snippet().strip());
                  case UNPARSABLE -> "File does not parse";
                  case INVALID_SUPPRESSION -> "Suppression without a reason or with an unknown id";
                  case LOSSY_MERGE -> "Merge resolution that dropped code";
                })
        .orElse(f.message());
  }

  String successCriterion(Finding f) {
    Optional<Truth> truth = context.truth(f.truth());
    if (truth.isPresent()) {
      Truth t = truth.get();
      String canonical = code(RuleTexts.shortName(first(t.canonical())));
      return switch (t.kind()) {
        case BASE_CLASS -> "Migrated to " + canonical;
        case IMPORT -> "Uses " + canonical + "; no " + code(forbidden(f, t)) + " imports remain";
        case API ->
            "Uses " + canonical + "; no direct " + code(forbidden(f, t)) + " access remains";
        case ENTRYPOINT -> "No test starts its own runner (" + code(forbidden(f, t)) + ")";
        case SINGLE_DEFINITION -> canonical + " is the only definition of " + code(t.names());
        case FACTORY ->
            code(RuleTexts.shortName(forbidden(f, t))) + " built only through " + canonical;
      };
    }
    return BuiltinCheck.fromId(f.truth())
        .map(
            c ->
                switch (c) {
                  case CONFLICT_MARKERS -> "Merge conflict resolved";
                  case DANGLING_IMPORTS -> "Every import resolves";
                  case UNPARSABLE -> "File parses";
                  case INVALID_SUPPRESSION ->
                      "Every suppression names a known id and gives a reason";
                  case LOSSY_MERGE -> "The dropped code is restored or its removal confirmed";
                })
        .orElse("No `" + f.truth() + "` finding remains");
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

  static String code(String s) {
    return "`" + s.replace("`", "'") + "`";
  }

  static String code(List<String> names) {
    return code(String.join(", ", names));
  }
}
