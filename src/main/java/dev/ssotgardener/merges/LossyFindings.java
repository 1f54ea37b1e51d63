package dev.ssotgardener.merges;

import dev.ssotgardener.facts.Span;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.finding.Fingerprint;
import dev.ssotgardener.finding.Remedy;
import dev.ssotgardener.policy.BuiltinCheck;
import dev.ssotgardener.policy.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code lossy-merge} findings: what every report format and {@code ssot diff} read. */
final class LossyFindings {
  private static final int SHORT_ID = 10;

  private final Severity severity;

  LossyFindings(Severity severity) {
    this.severity = severity;
  }

  List<Finding> of(List<LossyMerge> lossy) {
    String id = BuiltinCheck.LOSSY_MERGE.id();
    Map<String, Integer> ordinals = new HashMap<>();
    List<Finding> findings = new ArrayList<>();
    for (LossyMerge l : lossy) {
      String snippet = (l.oursLost().isEmpty() ? l.theirsLost() : l.oursLost()).get(0).strip();
      // The merge is part of the identity: the same lines lost by two merges are two findings.
      String key = l.merge().commit() + " " + snippet;
      int ordinal = ordinals.merge(l.path() + '\0' + key, 1, Integer::sum) - 1;
      findings.add(
          new Finding(
              id,
              BuiltinCheck.LOSSY_MERGE.kind(),
              l.kind() == LossyMerge.Kind.DROPPED_BOTH ? severity : Severity.WARNING,
              l.path(),
              Span.ofLine(l.line(), 0),
              message(l),
              snippet,
              Fingerprint.of(id, l.path(), key, ordinal),
              Remedy.none(
                  "whether merge %s dropped the lines on purpose only a person can tell"
                      .formatted(shortId(l.merge().commit())))));
    }
    return findings;
  }

  static String message(LossyMerge l) {
    String merge = "merge " + shortId(l.merge().commit()) + " (" + l.merge().subject() + ")";
    return switch (l.kind()) {
      case DROPPED_BOTH ->
          merge
              + " kept neither side of a conflict: ours ("
              + shortId(l.ours())
              + ") lost "
              + lines(l.oursLost().size())
              + ", theirs ("
              + shortId(l.theirs())
              + ") lost "
              + lines(l.theirsLost().size());
      case WHOLE_SIDE ->
          l.oursLost().isEmpty()
              ? merge
                  + " took ours' whole file ("
                  + shortId(l.ours())
                  + "): theirs ("
                  + shortId(l.theirs())
                  + ") lost "
                  + lines(l.theirsLost().size())
              : merge
                  + " took theirs' whole file ("
                  + shortId(l.theirs())
                  + "): ours ("
                  + shortId(l.ours())
                  + ") lost "
                  + lines(l.oursLost().size());
    };
  }

  static String shortId(String commit) {
    return commit.substring(0, Math.min(SHORT_ID, commit.length()));
  }

  private static String lines(int n) {
    return n == 1 ? "1 line" : n + " lines";
  }
}
