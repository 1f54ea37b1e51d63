package dev.ssotgardener.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Patterns over dotted names, as {@code forbids} and {@code except} write them: a segment is a name
 * ({@code commons}), a name with {@code *} standing for any characters but a dot ({@code
 * *ReflectionUtils}), or {@code **} standing for any number of whole segments, none included
 * ({@code **.shaded}). A pattern covers every name it matches and everything under one ({@code
 * org.apache.commons} covers {@code org.apache.commons.io.FileUtils}), so a trailing {@code .**}
 * adds nothing. A name covered by an exception is never matched.
 */
public final class NamePatterns {
  private static final Pattern SEGMENT = Pattern.compile("\\*\\*|(?!.*\\*\\*)[\\p{L}\\p{N}_$*]+");

  private final List<DottedPattern> patterns;
  private final List<DottedPattern> exceptions;

  private NamePatterns(List<DottedPattern> patterns, List<DottedPattern> exceptions) {
    this.patterns = patterns;
    this.exceptions = exceptions;
  }

  /**
   * Compiles {@code patterns} less {@code exceptions}.
   *
   * @throws IllegalArgumentException naming the first invalid pattern and why, in one line
   */
  public static NamePatterns of(List<String> patterns, List<String> exceptions) {
    return new NamePatterns(compile(patterns), compile(exceptions));
  }

  /**
   * The part of {@code name} a pattern covers, or null when no pattern covers it or an exception
   * does: the enclosing name that matched ({@code org.x.ReflectionUtils} of {@code
   * org.x.ReflectionUtils.doWith} under {@code **.*ReflectionUtils}), or all of it under a pattern
   * ending in {@code **}, which spans the rest.
   */
  public String covering(String name) {
    if (!anyMayCover(name)) {
      return null; // most names checked share no leading segment with any pattern
    }
    String[] segments = name.split("\\.", -1);
    for (DottedPattern exception : exceptions) {
      if (exception.coveredLength(segments) > 0) {
        return null;
      }
    }
    for (DottedPattern pattern : patterns) {
      int length = pattern.coveredLength(segments);
      if (length > 0 && pattern.endsInAnySegments()) {
        return name;
      }
      if (length > 0) {
        return String.join(".", Arrays.asList(segments).subList(0, length));
      }
    }
    return null;
  }

  /** Whether a pattern matches {@code name} as a whole (a class built, a function called). */
  public boolean matchesWhole(String name) {
    if (!anyMayCover(name)) {
      return false;
    }
    String[] segments = name.split("\\.", -1);
    return exceptions.stream().noneMatch(e -> e.coveredLength(segments) > 0)
        && patterns.stream().anyMatch(p -> p.matches(segments, 0, 0, segments.length));
  }

  private boolean anyMayCover(String name) {
    for (DottedPattern pattern : patterns) {
      if (pattern.mayCover(name)) {
        return true;
      }
    }
    return false;
  }

  private static List<DottedPattern> compile(List<String> patterns) {
    List<DottedPattern> compiled = new ArrayList<>(patterns.size());
    for (String pattern : patterns) {
      compiled.add(DottedPattern.parse(pattern));
    }
    return List.copyOf(compiled);
  }

  /**
   * One pattern, as segments; each wildcard segment compiled once.
   *
   * @param literals per segment, its name when it has no wildcard, else null
   */
  private record DottedPattern(String text, List<Pattern> segments, List<String> literals) {
    /**
     * Whether a name can be covered at all: it begins with the pattern's leading plain segments
     * ({@code org.junit} of {@code org.junit.*Test}), a test without splitting the name.
     */
    boolean mayCover(String name) {
      int at = 0;
      for (String literal : literals) {
        if (literal == null) {
          return true;
        }
        if (!name.startsWith(literal, at)) {
          return false;
        }
        at += literal.length();
        if (at == name.length()) {
          return true;
        }
        if (name.charAt(at) != '.') {
          return false;
        }
        at++;
      }
      return true;
    }

    static DottedPattern parse(String text) {
      if (!text.strip().equals(text) || text.isEmpty()) {
        throw invalid(text, "leading or trailing whitespace, or empty");
      }
      List<Pattern> segments = new ArrayList<>();
      List<String> literals = new ArrayList<>();
      for (String segment : text.split("\\.", -1)) {
        if (segment.isEmpty()) {
          throw invalid(text, "empty segment (two dots, or a dot at an end)");
        }
        if (!SEGMENT.matcher(segment).matches()) {
          throw invalid(
              text,
              "'" + segment + "' is neither a name, a name with '*', nor '**' (a whole segment)");
        }
        segments.add(segment.equals("**") ? null : wildcard(segment));
        literals.add(segment.contains("*") ? null : segment);
      }
      if (segments.stream().allMatch(s -> s == null)) {
        throw invalid(text, "matches every name; name at least one segment");
      }
      return new DottedPattern(
          text, Collections.unmodifiableList(segments), Collections.unmodifiableList(literals));
    }

    boolean endsInAnySegments() {
      return segments.get(segments.size() - 1) == null;
    }

    /** {@code *ReflectionUtils} as a regular expression: {@code *} is anything but a dot. */
    private static Pattern wildcard(String segment) {
      StringBuilder regex = new StringBuilder();
      String[] parts = segment.split("\\*", -1);
      for (int i = 0; i < parts.length; i++) {
        regex.append(i > 0 ? "[^.]*" : "").append(Pattern.quote(parts[i]));
      }
      return Pattern.compile(regex.toString());
    }

    /** The fewest leading segments of {@code name} this pattern matches, or 0 when none do. */
    int coveredLength(String[] name) {
      for (int end = 1; end <= name.length; end++) {
        if (matches(name, 0, 0, end)) {
          return end;
        }
      }
      return 0;
    }

    /** Whether pattern segments from {@code p} match name segments {@code [n, end)}. */
    boolean matches(String[] name, int p, int n, int end) {
      if (p == segments.size()) {
        return n == end;
      }
      Pattern segment = segments.get(p);
      if (segment == null) {
        for (int skip = n; skip <= end; skip++) {
          if (matches(name, p + 1, skip, end)) {
            return true;
          }
        }
        return false;
      }
      return n < end && matchesSegment(p, segment, name[n]) && matches(name, p + 1, n + 1, end);
    }

    /** A plain name is compared as a string: most segments have no wildcard, and a regex costs. */
    private boolean matchesSegment(int p, Pattern segment, String name) {
      String literal = literals.get(p);
      return literal != null ? literal.equals(name) : segment.matcher(name).matches();
    }
  }

  private static IllegalArgumentException invalid(String pattern, String reason) {
    return new IllegalArgumentException("invalid name pattern '" + pattern + "': " + reason);
  }
}
