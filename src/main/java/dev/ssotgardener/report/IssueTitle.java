package dev.ssotgardener.report;

import dev.ssotgardener.lang.Dialects;
import dev.ssotgardener.policy.BuiltinCheck;
import dev.ssotgardener.policy.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of an issue as the seed's process gives it: a title {@code SSOT Regression - <what>} and
 * a slug {@code SSOT-<context>-<brief-description>} for tracker files and branches.
 *
 * @param context {@code regression} when something breaks code outright, else {@code violation}
 * @param what a few title-case words: the file or truth, and the defect that matters most
 */
public record IssueTitle(String context, String what) {
  private static final List<BuiltinCheck> HEADLINE_DEFECTS =
      List.of(
          BuiltinCheck.CONFLICT_MARKERS, BuiltinCheck.UNPARSABLE, BuiltinCheck.DANGLING_IMPORTS);

  private static final Pattern TEST_STEM = Pattern.compile("test_(.+)|(.+)_test|(.+?)Tests?");

  public static IssueTitle of(IssueGroup group, Policy policy) {
    String context =
        group.findings().stream().anyMatch(Priority::isBreaking) ? "regression" : "violation";
    List<String> truths = group.truths();
    if (group.groupBy() == GroupBy.TRUTH) {
      List<String> paths = group.paths();
      String where = paths.size() == 1 ? fileWords(paths.get(0)) : paths.size() + " Files";
      String defect =
          BuiltinCheck.fromId(group.key()).isPresent()
              ? defectWords(group.key(), policy)
              : truthWords(group.key()) + " Bypass";
      return new IssueTitle(context, defect + " in " + where);
    }
    String defect =
        HEADLINE_DEFECTS.stream()
            .map(BuiltinCheck::id)
            .filter(truths::contains)
            .findFirst()
            .or(() -> truths.size() == 1 ? Optional.of(truths.get(0)) : Optional.empty())
            .map(truth -> defectWords(truth, policy))
            .orElse("SSOT Violations");
    return new IssueTitle(context, fileWords(group.key()) + " " + defect);
  }

  /** {@code SSOT Regression - <what>}; the context word, in title case, says what kind of issue. */
  public String title() {
    StringBuilder kind = new StringBuilder();
    for (String word : context.split("-")) {
      kind.append(' ').append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return "SSOT" + kind + " - " + what;
  }

  /** {@code SSOT-regression-execution-engine-migration-validation-test-merge-conflict}. */
  public String slug() {
    return "SSOT-"
        + context
        + "-"
        + what.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  /** The defect a finding of a truth or check is, in title case: {@code Merge Conflict}. */
  static String defectWords(String truth, Policy policy) {
    Optional<BuiltinCheck> check = BuiltinCheck.fromId(truth);
    if (check.isPresent()) {
      return check.get().descriptor().defectWords();
    }
    return policy.truths().stream()
        .filter(t -> t.id().equals(truth))
        .findFirst()
        .map(t -> t.kind().descriptor().defectWords())
        .orElse(truthWords(truth) + " Violation");
  }

  /** A truth id in title case: {@code mock-factory} reads {@code Mock Factory}. */
  static String truthWords(String id) {
    return titleCase(words(id));
  }

  /** {@code tests/unit/agents/test_engine.py} reads {@code Engine Test}. */
  static String fileWords(String path) {
    String[] segments = path.split("/");
    String name = segments[segments.length - 1];
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    boolean packageFile = Dialects.forPath(path).filter(d -> d.isPackageFile(path)).isPresent();
    if (packageFile && segments.length > 1) {
      return titleCase(words(segments[segments.length - 2])) + " Package";
    }
    Matcher test = TEST_STEM.matcher(stem);
    boolean isTest = test.matches();
    if (isTest) {
      stem =
          test.group(1) != null
              ? test.group(1)
              : test.group(2) != null ? test.group(2) : test.group(3);
    }
    List<String> words = new ArrayList<>(words(stem));
    if (isTest) {
      words.add("test");
    }
    return titleCase(words);
  }

  private static List<String> words(String s) {
    return List.of(s.replaceAll("([a-z0-9])([A-Z])", "$1 $2").split("[^A-Za-z0-9]+")).stream()
        .filter(w -> !w.isEmpty())
        .toList();
  }

  private static String titleCase(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return out.toString();
  }
}
