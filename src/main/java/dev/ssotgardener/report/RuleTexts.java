package dev.ssotgardener.report;

import dev.ssotgardener.policy.BuiltinCheck;
import dev.ssotgardener.policy.Severity;
import dev.ssotgardener.policy.Truth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The words every report uses for a truth or built-in check: a one-line description and help that
 * names the canonical replacement, so SARIF, HTML and Markdown say the same thing.
 */
public final class RuleTexts {
  private final ReportContext context;

  public RuleTexts(ReportContext context) {
    this.context = context;
  }

  /** One line: what the rule keeps true. */
  public String shortDescription(String id) {
    Optional<Truth> truth = context.truth(id);
    if (truth.isPresent()) {
      Truth t = truth.get();
      return switch (t.kind()) {
        case BASE_CLASS -> "Test classes inherit " + orList(shortNames(t.canonical()));
        case IMPORT -> "Use " + shortName(first(t.canonical())) + ", not " + orList(t.forbids());
        case API -> "Use " + shortName(first(t.canonical())) + ", not " + orList(t.forbids());
        case ENTRYPOINT -> "Tests run only through " + first(t.canonical());
        case SINGLE_DEFINITION -> shortName(first(t.canonical())) + " is the single definition";
        case FACTORY ->
            "Construct "
                + orList(shortNames(t.forbids()))
                + " through "
                + shortName(first(t.canonical()));
      };
    }
    Optional<BuiltinCheck> check = BuiltinCheck.fromId(id);
    if (check.isEmpty()) {
      return id;
    }
    return switch (check.get()) {
      case CONFLICT_MARKERS -> "No committed merge-conflict markers";
      case DANGLING_IMPORTS -> "Imports resolve to code that exists";
      case UNPARSABLE -> "Source files parse";
      case INVALID_SUPPRESSION -> "Suppressions name a known id and give a reason";
      case LOSSY_MERGE -> "Merge resolutions keep what each side changed";
    };
  }

  /** What to do instead, naming the canonical replacement, plus the truth's business impact. */
  public String help(String id) {
    Optional<Truth> truth = context.truth(id);
    if (truth.isEmpty()) {
      return builtinHelp(id);
    }
    Truth t = truth.get();
    String canonical = code(t.canonical());
    String help =
        switch (t.kind()) {
          case BASE_CLASS ->
              "Every test class must inherit one of "
                  + canonical
                  + ", directly or through repository classes"
                  + (t.replaces().isEmpty() ? "" : ", instead of " + code(t.replaces()))
                  + ".";
          case IMPORT -> "Do not import " + code(t.forbids()) + "; use " + canonical + ".";
          case API -> "Do not use " + code(t.forbids()) + "; use " + canonical + ".";
          case ENTRYPOINT ->
              "Run tests through "
                  + canonical
                  + "; do not start a runner of your own ("
                  + code(t.forbids())
                  + ").";
          case SINGLE_DEFINITION ->
              canonical
                  + " is the one definition of "
                  + code(t.names())
                  + "; extend or use it instead of defining another.";
          case FACTORY -> "Construct " + code(t.forbids()) + " only through " + canonical + ".";
        };
    return t.impact().isBlank() ? help : help + " Impact: " + t.impact().strip();
  }

  /** The business impact the policy declares, or what a built-in defect costs; empty if unknown. */
  public String impact(String id) {
    Optional<Truth> truth = context.truth(id);
    if (truth.isPresent()) {
      return truth.get().impact().strip();
    }
    return BuiltinCheck.fromId(id)
        .map(
            c ->
                switch (c) {
                  case CONFLICT_MARKERS ->
                      "the file cannot be imported or run until the conflict is resolved";
                  case DANGLING_IMPORTS -> "importing the module fails at run time";
                  case UNPARSABLE -> "the file cannot be imported, run or checked";
                  case INVALID_SUPPRESSION -> "";
                  case LOSSY_MERGE ->
                      "code both branches changed is gone without a trace; tests break far from"
                          + " the cause";
                })
        .orElse("");
  }

  public Severity defaultSeverity(String id) {
    Optional<Truth> truth = context.truth(id);
    if (truth.isPresent()) {
      return truth.get().severity();
    }
    return BuiltinCheck.fromId(id)
        .map(c -> context.policy().severityOf(c).orElse(c.defaultSeverity()))
        .orElse(Severity.ERROR);
  }

  /** The last segment of a qualified name, or the path as written for file canonicals. */
  public static String shortName(String qualified) {
    if (qualified.contains("/")) {
      return qualified;
    }
    String[] parts = qualified.split("\\.");
    String last = parts[parts.length - 1];
    // A function reads better with its module: isolated_environment.get_env, not get_env.
    return parts.length > 1 && !last.isEmpty() && Character.isLowerCase(last.charAt(0))
        ? parts[parts.length - 2] + "." + last
        : last;
  }

  private static String builtinHelp(String id) {
    Optional<BuiltinCheck> check = BuiltinCheck.fromId(id);
    if (check.isEmpty()) {
      return "See the finding's message.";
    }
    return switch (check.get()) {
      case CONFLICT_MARKERS ->
          "Resolve the conflict and remove the <<<<<<<, ======= and >>>>>>> lines; "
              + "`ssot fix` shows both sides and which of them parse.";
      case DANGLING_IMPORTS ->
          "Import the code that replaced the missing module or name, or remove the import.";
      case UNPARSABLE -> "Fix the syntax error: a file that does not parse cannot be checked.";
      case INVALID_SUPPRESSION ->
          "Write `# ssot: ignore[<id>] <reason>` with an id from ssot.yml and a reason.";
      case LOSSY_MERGE ->
          "Compare the merge with both parents (`git show -m <merge> -- <file>`) and restore the"
              + " lost lines, or confirm that dropping them was intended.";
    };
  }

  private static List<String> shortNames(List<String> names) {
    return names.stream().map(RuleTexts::shortName).toList();
  }

  private static String first(List<String> names) {
    return names.isEmpty() ? "the canonical definition" : names.get(0);
  }

  private static String orList(List<String> names) {
    return names.isEmpty() ? "the canonical definition" : String.join(" or ", names);
  }

  private static String code(List<String> names) {
    return names.isEmpty()
        ? "the canonical definition"
        : names.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "));
  }
}
