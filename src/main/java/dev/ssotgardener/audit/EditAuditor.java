package dev.ssotgardener.audit;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.finding.FindingOrder;
import dev.ssotgardener.index.RepoIndex;
import dev.ssotgardener.policy.Policy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Audits proposed edits of one file at a time against a tree held in memory, as {@code ssot fix}
 * checks its fixes: an edit is judged with the file's new facts in the index, and only the edited
 * file and the files whose findings can depend on it (as {@link IncrementalAuditor} decides,
 * through {@link Dependencies}) are judged again, so a check costs one index build plus what the
 * file and its dependents cost. Kept edits become part of the tree later edits are judged against.
 */
public final class EditAuditor {
  private final RuleRunner runner;
  private final Dependencies dependencies = new Dependencies();
  private final Map<String, FileFacts> facts = new LinkedHashMap<>();
  private final Map<String, List<Finding>> findings = new HashMap<>();
  private RepoIndex index;
  private Map<String, Set<String>> exempt;
  private List<Finding> repositoryFindings;

  /** Audits {@code files} in full; {@code lines} gives their lines for snippets. */
  public EditAuditor(Policy policy, Collection<FileFacts> files, LineSource lines) {
    this.runner = new RuleRunner(policy);
    files.forEach(f -> facts.put(f.path(), f));
    this.index = RepoIndex.of(facts.values());
    this.exempt = runner.exemptions(index);
    dependencies.rebuild(index);
    findings.putAll(runner.fileFindings(index, facts.values(), lines));
    this.repositoryFindings = runner.repositoryFindings(index, lines);
  }

  /** Every finding of the tree as it stands (with the kept edits), in report order. */
  public List<Finding> findings() {
    List<Finding> all = new ArrayList<>(repositoryFindings);
    findings.values().forEach(all::addAll);
    all.sort(FindingOrder.INSTANCE);
    return all;
  }

  /**
   * The findings that can differ with {@code edited} in place of its file: those of the edited file
   * and of every file judged again, and of the repository-wide rules. Every other file's findings
   * stay as {@link #findings()} gives them. Changes nothing.
   */
  public Judged check(FileFacts edited, LineSource lines) {
    return judge(edited, lines, false);
  }

  /** Makes {@code edited} part of the tree later checks see. */
  public void keep(FileFacts edited, LineSource lines) {
    judge(edited, lines, true);
  }

  /**
   * @param findings by path, for every file judged again (the edited one included)
   * @param repositoryFindings the findings of the rules that judge the repository as a whole
   */
  public record Judged(Map<String, List<Finding>> findings, List<Finding> repositoryFindings) {}

  private Judged judge(FileFacts edited, LineSource lines, boolean keep) {
    String path = edited.path();
    FileFacts before = facts.get(path);
    // The tree with the edit, as views: no per-check copy of every file's facts.
    Function<String, FileFacts> next = p -> p.equals(path) ? edited : facts.get(p);
    RepoIndex nextIndex = RepoIndex.of(withEdit(edited));
    Set<String> judge = new HashSet<>(dependencies.closure(Set.of(path), facts::get));
    dependencies.put(edited, nextIndex);
    judge.addAll(dependencies.closure(Set.of(path), next));
    Map<String, Set<String>> nextExempt = runner.exemptions(nextIndex);
    for (String rule : union(exempt.keySet(), nextExempt.keySet())) {
      Set<String> a = exempt.getOrDefault(rule, Set.of());
      Set<String> b = nextExempt.getOrDefault(rule, Set.of());
      a.stream().filter(p -> !b.contains(p)).forEach(judge::add);
      b.stream().filter(p -> !a.contains(p)).forEach(judge::add);
    }
    List<FileFacts> files = judge.stream().map(next).filter(f -> f != null).toList();
    Map<String, List<Finding>> judged = runner.fileFindings(nextIndex, files, lines);
    List<Finding> repository = runner.repositoryFindings(nextIndex, lines);
    if (keep) {
      facts.put(path, edited);
      index = nextIndex;
      exempt = nextExempt;
      findings.putAll(judged);
      repositoryFindings = repository;
    } else if (before != null) {
      dependencies.put(before, index);
    }
    return new Judged(judged, repository);
  }

  /** Every file's facts with {@code edited} in place of (or beside) its path's. */
  private Collection<FileFacts> withEdit(FileFacts edited) {
    List<FileFacts> all = new ArrayList<>(facts.size() + 1);
    facts.values().forEach(f -> all.add(f.path().equals(edited.path()) ? edited : f));
    if (!facts.containsKey(edited.path())) {
      all.add(edited);
    }
    return all;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return out;
  }
}
