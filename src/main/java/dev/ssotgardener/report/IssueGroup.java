package dev.ssotgardener.report;

import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.policy.GlobSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings that become one issue: those of one file or of one truth, with their priority. {@link
 * #of} lists the groups of an audit highest priority first, so the first is the one to work on.
 *
 * @param key the file path or the truth id
 */
public record IssueGroup(GroupBy groupBy, String key, Priority priority, List<Finding> findings) {
  private static final Comparator<IssueGroup> URGENCY =
      Comparator.comparing(IssueGroup::priority)
          .thenComparing(g -> -g.findings().size())
          .thenComparing(IssueGroup::key);

  public IssueGroup {
    findings = List.copyOf(findings);
  }

  public static List<IssueGroup> of(AuditResult result, GroupBy groupBy, GlobSet goldenPath) {
    Map<String, List<Finding>> byKey = new LinkedHashMap<>();
    for (Finding f : result.findings()) {
      String key = groupBy == GroupBy.FILE ? f.path() : f.truth();
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
    }
    List<IssueGroup> groups = new ArrayList<>();
    byKey.forEach(
        (key, findings) ->
            groups.add(new IssueGroup(groupBy, key, Priority.of(findings, goldenPath), findings)));
    groups.sort(URGENCY);
    return List.copyOf(groups);
  }

  /** Distinct paths in finding order. */
  public List<String> paths() {
    return findings.stream().map(Finding::path).distinct().toList();
  }

  /** Distinct truth ids in finding order. */
  public List<String> truths() {
    return findings.stream().map(Finding::truth).distinct().toList();
  }

  /**
   * The file the issue is about: the one with breaking findings, else the most findings, else the
   * first.
   */
  public String primaryPath() {
    Comparator<String> weight =
        Comparator.<String>comparingInt(
                p ->
                    findings.stream().anyMatch(f -> f.path().equals(p) && Priority.isBreaking(f))
                        ? 1
                        : 0)
            .thenComparingLong(p -> findings.stream().filter(f -> f.path().equals(p)).count());
    List<String> paths = paths();
    String primary = paths.get(0);
    for (String p : paths) {
      if (weight.compare(p, primary) > 0) {
        primary = p;
      }
    }
    return primary;
  }
}
