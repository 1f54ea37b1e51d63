package dev.ssotgardener.audit;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.Suppression;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.finding.FindingOrder;
import dev.ssotgardener.finding.Fingerprint;
import dev.ssotgardener.index.RepoIndex;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.Truth;
import dev.ssotgardener.rules.ActiveRule;
import dev.ssotgardener.rules.FileRule;
import dev.ssotgardener.rules.RepositoryRule;
import dev.ssotgardener.rules.RuleFactory;
import dev.ssotgardener.rules.SuppressionValidity;
import dev.ssotgardener.rules.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Runs a policy's rules over a repository's facts and turns violations into findings. This is the
 * one place where scope, allowed globs, canonical exemptions, suppressions and severity are applied
 * — uniformly, so no rule re-implements them.
 */
public final class RuleRunner {
  private final Policy policy;
  private final List<ActiveRule> rules;
  private final SuppressionValidity validity;

  public RuleRunner(Policy policy) {
    this.policy = policy;
    this.rules = RuleFactory.forPolicy(policy);
    this.validity = new SuppressionValidity(policy);
  }

  public List<Finding> run(RepoIndex index, LineSource lines) {
    List<Finding> findings = new ArrayList<>(repositoryFindings(index, lines));
    fileFindings(index, index.files(), lines).values().forEach(findings::addAll);
    findings.sort(FindingOrder.INSTANCE);
    return findings;
  }

  /**
   * The findings of the files {@code judged}, judged against {@code index}, which may hold more
   * files (the rest of the repository a folder lies in).
   */
  public List<Finding> run(RepoIndex index, Collection<FileFacts> judged, LineSource lines) {
    Set<String> paths = new java.util.HashSet<>();
    judged.forEach(f -> paths.add(f.path()));
    List<Finding> findings = new ArrayList<>();
    for (Finding f : repositoryFindings(index, lines)) {
      if (paths.contains(f.path())) {
        findings.add(f);
      }
    }
    fileFindings(index, judged, lines).values().forEach(findings::addAll);
    findings.sort(FindingOrder.INSTANCE);
    return findings;
  }

  /**
   * The findings of the file rules in {@code files}, judged against {@code index}, by path. A
   * file's findings depend only on its facts, the index and the policy (fingerprint ordinals count
   * within one file), so findings of files judged apart compose into {@link #run}'s.
   */
  public Map<String, List<Finding>> fileFindings(
      RepoIndex index, Collection<FileFacts> files, LineSource lines) {
    Map<ActiveRule, Set<String>> exempt = exemptPaths(index);
    Map<String, List<Finding>> byPath = new ConcurrentHashMap<>();
    files.parallelStream()
        .forEach(
            file -> {
              List<Raw> raw = fileViolations(file, index, exempt);
              raw.removeIf(r -> suppressed(r, file));
              byPath.put(file.path(), toFindings(raw, lines));
            });
    return byPath;
  }

  /** The findings of the rules that judge the repository as a whole (single definitions). */
  public List<Finding> repositoryFindings(RepoIndex index, LineSource lines) {
    Map<ActiveRule, Set<String>> exempt = exemptPaths(index);
    List<Raw> raw = new ArrayList<>();
    for (ActiveRule rule : rules) {
      if (rule.rule() instanceof RepositoryRule repositoryRule) {
        for (Violation v : repositoryRule.check(index)) {
          if (applies(rule, v.path(), exempt.get(rule))) {
            raw.add(new Raw(rule, v));
          }
        }
      }
    }
    if (raw.isEmpty()) {
      return List.of();
    }
    Map<String, FileFacts> byPath =
        index.files().stream().collect(Collectors.toMap(FileFacts::path, f -> f, (a, b) -> a));
    raw.removeIf(r -> suppressed(r, byPath.get(r.violation().path())));
    return toFindings(raw, lines);
  }

  /**
   * The paths each rule exempts under {@code index} (its canonical definitions' files): a file
   * whose exemption changes between two indexes must be judged again.
   */
  public Map<String, Set<String>> exemptions(RepoIndex index) {
    Map<String, Set<String>> byRule = new HashMap<>();
    exemptPaths(index).forEach((rule, paths) -> byRule.put(rule.id(), paths));
    return byRule;
  }

  private Map<ActiveRule, Set<String>> exemptPaths(RepoIndex index) {
    // By identity: a rule's record hash walks its whole truth, and this map is read per file.
    Map<ActiveRule, Set<String>> exempt = new IdentityHashMap<>();
    for (ActiveRule rule : rules) {
      exempt.put(rule, rule.canonicalPaths(index));
    }
    return exempt;
  }

  private List<Raw> fileViolations(
      FileFacts file, RepoIndex index, Map<ActiveRule, Set<String>> exempt) {
    List<Raw> found = new ArrayList<>();
    for (ActiveRule rule : rules) {
      if (rule.rule() instanceof FileRule fileRule
          && applies(rule, file.path(), exempt.get(rule))) {
        for (Violation v : fileRule.check(file, index)) {
          found.add(new Raw(rule, v));
        }
      }
    }
    return found;
  }

  private boolean applies(ActiveRule rule, String path, Set<String> exemptPaths) {
    return !policy.exclude().matches(path)
        && rule.scope().contains(path, policy.tests())
        && !rule.allow().matches(path)
        && !exemptPaths.contains(path);
  }

  /**
   * A valid suppression on the finding's line, or alone on the line above, silences it; so do the
   * other tools' markers its truth honors: a {@code # noqa} on the line, a {@code CHECKSTYLE:OFF}
   * block around it, a {@code @SuppressWarnings} on a declaration holding it.
   */
  private boolean suppressed(Raw raw, FileFacts file) {
    if (file == null || raw.rule().id().equals("invalid-suppression")) {
      return false;
    }
    int line = raw.violation().span().startLine();
    List<String> honors = raw.rule().truth().map(Truth::honors).orElse(List.of());
    boolean inCheckstyleOff = false;
    for (Suppression s : file.suppressions()) {
      int at = s.span().startLine();
      switch (s.origin()) {
        case SSOT -> {
          boolean covers = s.ownLine() ? at == line - 1 || at == line : at == line;
          if (covers && s.ids().contains(raw.rule().id()) && validity.isValid(s)) {
            return true;
          }
        }
        case NOQA -> {
          if (at == line && honorsNoqa(honors, s.ids())) {
            return true;
          }
        }
        case SUPPRESS_WARNINGS -> {
          if (at <= line && line <= s.span().endLine() && honorsSuppressWarnings(honors, s.ids())) {
            return true;
          }
        }
        case CHECKSTYLE_OFF -> inCheckstyleOff |= at <= line;
        case CHECKSTYLE_ON -> inCheckstyleOff &= at > line;
      }
    }
    return inCheckstyleOff && honors.stream().anyMatch(h -> h.startsWith(Truth.CHECKSTYLE));
  }

  /** A bare {@code # noqa} when the truth honors {@code noqa}, else one of its codes. */
  private static boolean honorsNoqa(List<String> honors, List<String> codes) {
    if (codes.isEmpty()) {
      return honors.contains(Truth.NOQA);
    }
    return codes.stream()
        .anyMatch(
            code -> honors.stream().anyMatch(h -> h.equalsIgnoreCase(Truth.NOQA + ":" + code)));
  }

  /**
   * A {@code @SuppressWarnings} value naming a Checkstyle check the truth honors, matched as
   * Checkstyle's SuppressWarningsHolder matches it: an optional {@code checkstyle:} prefix, then
   * {@code all} or the check's name in any case, with or without its {@code Check} suffix.
   */
  private static boolean honorsSuppressWarnings(List<String> honors, List<String> values) {
    Set<String> checks = new HashSet<>();
    for (String h : honors) {
      if (h.startsWith(Truth.CHECKSTYLE)) {
        checks.add(checkName(h.substring(Truth.CHECKSTYLE.length())));
      }
    }
    for (String value : values) {
      String name =
          value.startsWith(Truth.CHECKSTYLE) ? value.substring(Truth.CHECKSTYLE.length()) : value;
      if (!checks.isEmpty() && (name.equals("all") || checks.contains(checkName(name)))) {
        return true;
      }
    }
    return false;
  }

  /** A check's name as Checkstyle compares it: lower case, without the {@code Check} suffix. */
  private static String checkName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith("check") ? lower.substring(0, lower.length() - "check".length()) : lower;
  }

  private List<Finding> toFindings(List<Raw> found, LineSource lines) {
    if (found.isEmpty()) {
      return List.of();
    }
    // Rules may see one fact twice (both sides of a conflict); a finding is reported once.
    List<Raw> raw = new ArrayList<>(new LinkedHashSet<>(found));
    Map<String, List<String>> fileLines = new HashMap<>();
    List<Finding> unordered = new ArrayList<>();
    for (Raw r : raw) {
      Violation v = r.violation();
      List<String> text = fileLines.computeIfAbsent(v.path(), lines::lines);
      int line = v.span().startLine();
      String snippet = line <= text.size() ? text.get(line - 1).stripTrailing() : "";
      unordered.add(
          new Finding(
              r.rule().id(),
              r.rule().kind(),
              r.rule().severity(),
              v.path(),
              v.span(),
              v.message(),
              snippet,
              "",
              v.remedy()));
    }
    unordered.sort(FindingOrder.INSTANCE);
    Map<String, Integer> ordinals = new HashMap<>();
    List<Finding> findings = new ArrayList<>(unordered.size());
    for (Finding f : unordered) {
      String key = f.truth() + '\0' + f.path() + '\0' + Fingerprint.normalize(f.snippet());
      int ordinal = ordinals.merge(key, 1, Integer::sum) - 1;
      findings.add(
          new Finding(
              f.truth(),
              f.kind(),
              f.severity(),
              f.path(),
              f.span(),
              f.message(),
              f.snippet(),
              Fingerprint.of(f.truth(), f.path(), f.snippet(), ordinal),
              f.remedy()));
    }
    return findings;
  }

  private record Raw(ActiveRule rule, Violation violation) {}
}
