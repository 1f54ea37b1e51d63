package dev.ssotgardener.policy.kinds;

import java.util.List;
import java.util.stream.Collectors;

/** The few words every report and descriptor spells the same way. */
public final class Words {
  private static final String NONE = "the canonical definition";

  private Words() {}

  /** {@code finding} or {@code findings}, for {@code count} of them. */
  public static String plural(int count, String word) {
    return count == 1 ? word : word + "s";
  }

  /** {@code 1 finding}, {@code 2 findings}. */
  public static String count(int count, String word) {
    return count + " " + plural(count, word);
  }

  /** The first 9 characters of a commit id, as git's short form shows them. */
  public static String shortId(String commit) {
    return commit.substring(0, Math.min(9, commit.length()));
  }

  /**
   * One inline-code span of {@code s} as written: fenced by one backtick more than its longest run
   * of backticks, so nothing in it closes the span, and on one line.
   */
  public static String code(String s) {
    String text = s.replaceAll("\\R", " ");
    String fence = "`".repeat(longestRun(text, '`') + 1);
    // CommonMark strips one space on each side, and needs one beside a backtick at either end
    boolean pad =
        text.startsWith("`")
            || text.endsWith("`")
            || (text.startsWith(" ") && text.endsWith(" ") && !text.isBlank());
    String inner = pad ? " " + text + " " : text;
    return fence + inner + fence;
  }

  /** The length of the longest run of {@code c} in {@code s}: the fence code must outgrow. */
  public static int longestRun(String s, char c) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      run = s.charAt(i) == c ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  /** The names joined into one inline-code span: {@code `a, b`}. */
  public static String code(List<String> names) {
    return code(String.join(", ", names));
  }

  /** Each name its own inline-code span, comma-joined; the canonical definition when none. */
  public static String codeEach(List<String> names) {
    return names.isEmpty()
        ? NONE
        : names.stream().map(Words::code).collect(Collectors.joining(", "));
  }

  /** The names joined with {@code or}; the canonical definition when none. */
  public static String orList(List<String> names) {
    return names.isEmpty() ? NONE : String.join(" or ", names);
  }

  /** The first name; the canonical definition when none. */
  public static String first(List<String> names) {
    return first(names, NONE);
  }

  public static String first(List<String> names, String none) {
    return names.isEmpty() ? none : names.get(0);
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

  public static List<String> shortNames(List<String> names) {
    return names.stream().map(Words::shortName).toList();
  }
}
