package dev.ssotgardener.history;

import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.finding.Fingerprint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a fingerprint hashes, kept readable so a finding can be followed across a rename: the same
 * finding at the file's old path has the fingerprint of {@code at(oldPath)}.
 */
record FindingKey(String truth, String path, String snippet, int ordinal) {
  /** The keys of findings listed in their one order, ordinals counted as the auditor counts. */
  static List<FindingKey> of(List<Finding> findings) {
    Map<String, Integer> ordinals = new HashMap<>();
    List<FindingKey> keys = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      String snippet = Fingerprint.normalize(f.snippet());
      int ordinal = ordinals.merge(f.truth() + '\0' + f.path() + '\0' + snippet, 1, Integer::sum);
      keys.add(new FindingKey(f.truth(), f.path(), snippet, ordinal - 1));
    }
    return keys;
  }

  FindingKey at(String otherPath) {
    return new FindingKey(truth, otherPath, snippet, ordinal);
  }

  String fingerprint() {
    return Fingerprint.of(truth, path, snippet, ordinal);
  }
}
