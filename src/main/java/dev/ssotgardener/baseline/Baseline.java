package dev.ssotgardener.baseline;

import dev.ssotgardener.finding.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The known findings of a repository, sorted, one entry per fingerprint. */
public record Baseline(List<BaselineEntry> entries) {
  public Baseline {
    Map<String, BaselineEntry> unique = new LinkedHashMap<>();
    entries.stream()
        .sorted(BaselineEntry.ORDER)
        .forEach(e -> unique.putIfAbsent(e.fingerprint(), e));
    entries = List.copyOf(unique.values());
  }

  /** A baseline accepting exactly these findings. */
  public static Baseline of(List<Finding> findings) {
    return new Baseline(findings.stream().map(BaselineEntry::of).toList());
  }

  /** Splits findings into new and known, and names the entries no finding matches any more. */
  public BaselineCheck check(List<Finding> findings) {
    Set<String> known = new HashSet<>();
    entries.forEach(e -> known.add(e.fingerprint()));
    List<Finding> fresh = new ArrayList<>();
    List<Finding> old = new ArrayList<>();
    Set<String> present = new HashSet<>();
    for (Finding f : findings) {
      present.add(f.fingerprint());
      (known.contains(f.fingerprint()) ? old : fresh).add(f);
    }
    List<BaselineEntry> stale =
        entries.stream().filter(e -> !present.contains(e.fingerprint())).toList();
    return new BaselineCheck(fresh, old, stale);
  }

  /** This baseline without the entries that {@code findings} no longer match. */
  public Baseline pruned(List<Finding> findings) {
    Set<String> stale = new HashSet<>();
    check(findings).stale().forEach(e -> stale.add(e.fingerprint()));
    return new Baseline(entries.stream().filter(e -> !stale.contains(e.fingerprint())).toList());
  }
}
