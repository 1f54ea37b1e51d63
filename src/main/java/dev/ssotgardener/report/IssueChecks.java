package dev.ssotgardener.report;

import static dev.ssotgardener.policy.kinds.Words.code;

import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.policy.BuiltinCheck;
import dev.ssotgardener.policy.TruthKind;
import dev.ssotgardener.policy.kinds.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an issue asks to be done, and how its progress shows: the checklist of violations (ticked as
 * they are resolved) and the success criteria.
 */
final class IssueChecks {
  private final ReportContext context;
  private final GroupBy groupBy;
  private final IssueWording wording;

  IssueChecks(ReportContext context, GroupBy groupBy) {
    this.context = context;
    this.groupBy = groupBy;
    this.wording = new IssueWording(context);
  }

  /** Checklist lines with the lines (file grouping) or places (truth grouping) they occur at. */
  List<IssueDocument.Check> checklist(IssueGroup group, Set<String> resolved) {
    record Item(String text, String path) {}
    Map<Item, List<String>> lines = new LinkedHashMap<>();
    Map<Item, Boolean> done = new LinkedHashMap<>();
    for (Finding f : inTruthOrder(group)) {
      Item item = new Item(wording.violation(f), groupBy == GroupBy.TRUTH ? f.path() : "");
      lines
          .computeIfAbsent(item, k -> new ArrayList<>())
          .add(Integer.toString(f.span().startLine()));
      done.merge(item, resolved.contains(f.fingerprint()), Boolean::logicalAnd);
    }
    List<IssueDocument.Check> items = new ArrayList<>();
    lines.forEach(
        (item, at) ->
            items.add(
                new IssueDocument.Check(
                    item.text()
                        + (item.path().isEmpty() ? "" : " in " + code(item.path()))
                        + (at.size() == 1 ? " (line " : " (lines ")
                        + String.join(", ", at)
                        + ")",
                    done.get(item))));
    return items;
  }

  List<IssueDocument.Check> criteria(IssueGroup group, boolean golden, IssueProgress progress) {
    Map<String, Boolean> criteria = new LinkedHashMap<>();
    for (Finding f : inTruthOrder(group)) {
      criteria.merge(
          wording.successCriterion(f),
          progress.resolved().contains(f.fingerprint()),
          Boolean::logicalAnd);
    }
    criteria.put(
        "Tests pass via " + runner().map(Words::code).orElse("the project's test command"),
        progress.testsPass());
    if (golden) {
      criteria.put("Golden Path flows validated", progress.testsPass());
    }
    criteria.put(
        "`ssot audit` reports none of these findings",
        group.findings().stream().allMatch(f -> progress.resolved().contains(f.fingerprint())));
    List<IssueDocument.Check> checks = new ArrayList<>();
    criteria.forEach((c, done) -> checks.add(new IssueDocument.Check(c, done)));
    return checks;
  }

  private Optional<String> runner() {
    return context.policy().truths().stream()
        .filter(t -> t.kind() == TruthKind.ENTRYPOINT && !t.canonical().isEmpty())
        .map(t -> t.canonical().get(0))
        .findFirst();
  }

  /** Breaking defects first (the seed lists the conflict first), then in policy order. */
  private List<Finding> inTruthOrder(IssueGroup group) {
    List<String> order = new ArrayList<>();
    List.of(BuiltinCheck.values()).forEach(c -> order.add(c.id()));
    context.policy().truths().forEach(t -> order.add(t.id()));
    return group.findings().stream()
        .sorted(
            Comparator.comparingInt(
                (Finding f) ->
                    order.indexOf(f.truth()) < 0 ? Integer.MAX_VALUE : order.indexOf(f.truth())))
        .toList();
  }
}
