package dev.ssotgardener.audit;

import dev.ssotgardener.lang.ConflictScanner;
import dev.ssotgardener.policy.BuiltinCheck;
import dev.ssotgardener.policy.Policy;
import java.nio.charset.StandardCharsets;

/**
 * What an audit must learn from each file, by the checks the policy turns on (README, "Which checks
 * cost a parse"). A truth or {@code dangling-imports} resolves names across files: every file's
 * facts. Otherwise every check is one file's business: {@code unparsable} parses every source file;
 * {@code conflict-markers} decodes only a file with a marker line (and parses it if it is a source
 * file: a marker inside a string literal is no conflict, and its suppressions may silence one);
 * {@code invalid-suppression} needs the comments of a source file only where its text holds {@value
 * #SUPPRESSION}, so only such a source file is parsed for it.
 *
 * @param everyFile the facts of every file, for an index of the whole repository
 * @param everySource a parse of every source file ({@code unparsable})
 * @param markers the conflict blocks of every text file ({@code conflict-markers})
 * @param suppressions the suppression comments of every source file that may hold ours ({@code
 *     invalid-suppression})
 */
record ReadPlan(boolean everyFile, boolean everySource, boolean markers, boolean suppressions) {
  /** The text every {@code ssot: ignore} comment holds; a byte probe before any decoding. */
  static final String SUPPRESSION = "ssot:";

  /** What an index of the whole repository needs. */
  static final ReadPlan EVERY_FILE = new ReadPlan(true, true, true, true);

  static final byte[] SUPPRESSION_BYTES = SUPPRESSION.getBytes(StandardCharsets.US_ASCII);

  static ReadPlan of(Policy policy) {
    boolean markers = policy.checks().containsKey(BuiltinCheck.CONFLICT_MARKERS);
    return new ReadPlan(
        !policy.truths().isEmpty() || policy.checks().containsKey(BuiltinCheck.DANGLING_IMPORTS),
        policy.checks().containsKey(BuiltinCheck.UNPARSABLE),
        markers,
        policy.checks().containsKey(BuiltinCheck.INVALID_SUPPRESSION));
  }

  /**
   * Whether a file this plan does not parse outright is worth decoding (and parsing, if it is a
   * source file): its first {@code length} bytes (of an ASCII-compatible encoding) may hold a
   * marker line, or, for a source file, our suppression.
   */
  boolean worthDecoding(boolean source, byte[] bytes, int length) {
    return markers && ConflictScanner.mayHaveMarker(bytes, length)
        || suppressions && source && contains(bytes, length, SUPPRESSION_BYTES);
  }

  private static boolean contains(byte[] bytes, int length, byte[] needle) {
    int last = length - needle.length;
    for (int i = 0; i <= last; i++) {
      if (bytes[i] == needle[0] && matchesAt(bytes, i, needle)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAt(byte[] bytes, int at, byte[] needle) {
    for (int j = 1; j < needle.length; j++) {
      if (bytes[at + j] != needle[j]) {
        return false;
      }
    }
    return true;
  }
}
