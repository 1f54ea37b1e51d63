package dev.ssotgardener.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;
import org.eclipse.jgit.errors.InvalidPatternException;
import org.eclipse.jgit.ignore.IMatcher;

/**
 * Repo-relative globs with {@code .gitignore} semantics: {@code *} stays within a folder, {@code
 * **}{@code /} matches zero or more folders, a pattern without a slash matches a name at any depth,
 * a leading {@code /} anchors at the root, and a pattern that matches a folder covers everything
 * below it. Negation ({@code !}) is not supported. Patterns are compiled once, by JGit.
 */
public final class GlobSet {
  private static final GlobSet NONE = new GlobSet(List.of(), List.of());

  private final List<String> patterns;
  private final List<IMatcher> matchers;

  private GlobSet(List<String> patterns, List<IMatcher> matchers) {
    this.patterns = patterns;
    this.matchers = matchers;
  }

  public static GlobSet none() {
    return NONE;
  }

  /**
   * Compiles {@code patterns}.
   *
   * @throws IllegalArgumentException naming the first invalid pattern and why, in one line
   */
  public static GlobSet of(List<String> patterns) {
    List<String> copy = List.copyOf(patterns);
    List<IMatcher> matchers = new ArrayList<>(copy.size());
    for (String pattern : copy) {
      matchers.add(compile(pattern));
    }
    return new GlobSet(copy, List.copyOf(matchers));
  }

  public List<String> patterns() {
    return patterns;
  }

  /** Whether {@code path} (repo-relative, {@code /}-separated, no leading slash) is covered. */
  public boolean matches(String path) {
    for (IMatcher matcher : matchers) {
      // pathMatch=false lets a pattern that matches a parent folder cover the files below it.
      if (matcher.matches(path, false, false)) {
        return true;
      }
    }
    return false;
  }

  private static IMatcher compile(String pattern) {
    if (pattern.isBlank()) {
      throw invalid(pattern, "a glob must not be empty");
    }
    if (!pattern.strip().equals(pattern)) {
      throw invalid(pattern, "leading or trailing whitespace");
    }
    if (pattern.startsWith("!")) {
      throw invalid(pattern, "negation '!' is not supported; list exempt paths under 'allow'");
    }
    boolean anchored = pattern.startsWith("/");
    boolean directoryOnly = pattern.endsWith("/");
    int start = anchored ? 1 : 0;
    int end = directoryOnly ? pattern.length() - 1 : pattern.length();
    String body = end > start ? pattern.substring(start, end) : "";
    if (body.isEmpty()) {
      throw invalid(pattern, "no name to match");
    }
    for (String segment : body.split("/", -1)) {
      if (segment.isEmpty()) {
        throw invalid(pattern, "empty path segment");
      }
      if (segment.equals(".") || segment.equals("..")) {
        throw invalid(pattern, "'.' and '..' segments are not allowed; globs are repo-relative");
      }
    }
    try {
      return IMatcher.createPathMatcher(anchored ? "/" + body : body, directoryOnly);
    } catch (InvalidPatternException e) {
      throw invalid(pattern, reason(e));
    }
  }

  private static String reason(InvalidPatternException e) {
    if (e.getCause() instanceof PatternSyntaxException syntax) {
      return syntax.getDescription();
    }
    // JGit's only other complaint, phrased as a question.
    return "Not closed bracket?".equals(e.getMessage()) ? "unclosed '['" : e.getMessage();
  }

  private static IllegalArgumentException invalid(String pattern, String reason) {
    return new IllegalArgumentException("invalid glob '" + pattern + "': " + reason);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GlobSet that && patterns.equals(that.patterns);
  }

  @Override
  public int hashCode() {
    return patterns.hashCode();
  }

  @Override
  public String toString() {
    return "GlobSet" + patterns;
  }
}
