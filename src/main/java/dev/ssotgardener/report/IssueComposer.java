package dev.ssotgardener.report;

import static dev.ssotgardener.policy.kinds.Words.code;

import dev.ssotgardener.finding.CommitRef;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.finding.Provenance;
import dev.ssotgardener.policy.BuiltinCheck;
import dev.ssotgardener.policy.GlobSet;
import dev.ssotgardener.policy.TruthKind;
import dev.ssotgardener.policy.kinds.Words;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides what one issue says, from its findings, the policy and history: the {@link IssueDocument}
 * that {@link MarkdownRenderer} formats.
 */
final class IssueComposer {
  private final ReportContext context;
  private final GroupBy groupBy;
  private final LocalDate today;
  private final RuleTexts texts;
  private final IssueWording wording;
  private final IssueNotes notes;

  IssueComposer(ReportContext context, GroupBy groupBy, LocalDate today) {
    this.context = context;
    this.groupBy = groupBy;
    this.today = today;
    this.texts = new RuleTexts(context);
    this.wording = new IssueWording(context);
    this.notes = new IssueNotes(context, groupBy, texts);
  }

  IssueDocument compose(IssueGroup group, IssueTitle title, IssueProgress progress) {
    boolean golden = group.priority() == Priority.P0;
    String type =
        switch (title.context()) {
              case "regression" -> "Regression";
              case "incomplete-migration" -> "Incomplete migration";
              case "recent-change" -> "Recent change";
              default -> "SSOT violation";
            }
            + (golden ? " blocking Golden Path" : "");
    return new IssueDocument(
        title.title(),
        group.priority().label(),
        type,
        today,
        summary(group, golden),
        impact(group, golden),
        checklist(group, progress.resolved()),
        files(group),
        progress.steps(),
        notes.notes(group),
        criteria(group, golden, progress),
        notes.related(group),
        progress.command());
  }

  private String summary(IssueGroup group, boolean golden) {
    List<String> sentences = new ArrayList<>();
    Optional<Finding> conflict = firstOf(group, BuiltinCheck.CONFLICT_MARKERS.id());
    if (groupBy == GroupBy.FILE) {
      String path = code(group.key());
      sentences.add(
          conflict
              .map(
                  c ->
                      "Unresolved merge conflict in "
                          + path
                          + introducedBy(c)
                              .map(r -> " from commit " + Words.shortId(r.commit()))
                              .orElse(""))
              .orElse(path + " has " + Words.count(group.findings().size(), "SSOT finding")));
    } else {
      sentences.add(
          Words.count(group.findings().size(), "finding")
              + " of "
              + code(group.key())
              + " in "
              + Words.count(group.paths().size(), "file")
              + ": "
              + texts.shortDescription(group.key()).replace("`", ""));
    }
    List<String> truths = context.declared(group.truths());
    if (groupBy == GroupBy.FILE && !truths.isEmpty()) {
      sentences.add(
          "File violates "
              + Words.count(truths.size(), "declared SSOT truth")
              + " ("
              + truths.stream().map(Words::code).collect(Collectors.joining(", "))
              + ")");
    }
    if (golden) {
      sentences.add(
          "It lies on the Golden Path (" + goldenGlobs(group) + ") and blocks its validation");
    }
    return String.join(". ", sentences) + ".";
  }

  private List<String> impact(IssueGroup group, boolean golden) {
    List<String> md = new ArrayList<>();
    List<String> undeclared = new ArrayList<>();
    for (String truth : group.truths()) {
      String impact = texts.impact(truth);
      if (impact.isEmpty()) {
        if (context.truth(truth).isPresent()) {
          undeclared.add(truth);
        }
      } else {
        md.add(
            "**"
                + (context.truth(truth).isPresent()
                    ? IssueTitle.truthWords(truth)
                    : IssueTitle.defectWords(truth, context.policy()))
                + ":** "
                + impact);
      }
    }
    if (golden) {
      long onPath =
          group.findings().stream()
              .filter(f -> context.policy().goldenPath().matches(f.path()))
              .count();
      md.add(
          "**Golden Path:** BLOCKS "
              + goldenGlobs(group)
              + " - "
              + Words.count((int) onPath, "finding")
              + (onPath == 1 ? " lies" : " lie")
              + " on the golden path");
    }
    if (!undeclared.isEmpty()) {
      md.add(
          "**Impact not declared:** "
              + undeclared.stream().map(Words::code).collect(Collectors.joining(", "))
              + " — add `impact:` to "
              + (undeclared.size() == 1 ? "this truth" : "these truths")
              + " in `ssot.yml` to state what the bypass costs");
    }
    return md;
  }

  /** Checklist lines with the lines (file grouping) or places (truth grouping) they occur at. */
  private List<IssueDocument.Check> checklist(IssueGroup group, Set<String> resolved) {
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

  private List<String> files(IssueGroup group) {
    List<String> md = new ArrayList<>();
    String primary = group.primaryPath();
    for (String path : group.paths()) {
      List<Finding> here = group.findings().stream().filter(f -> f.path().equals(path)).toList();
      String count = Words.count(here.size(), "finding");
      boolean conflicted =
          here.stream().anyMatch(f -> f.truth().equals(BuiltinCheck.CONFLICT_MARKERS.id()));
      md.add(
          code(path)
              + " - "
              + (path.equals(primary)
                  ? "PRIMARY (" + (conflicted ? "merge conflict state, " + count : count) + ")"
                  : count));
    }
    return md;
  }

  private List<IssueDocument.Check> criteria(
      IssueGroup group, boolean golden, IssueProgress progress) {
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

  /** The golden-path globs that cover a file of the group. */
  private String goldenGlobs(IssueGroup group) {
    return context.policy().goldenPath().patterns().stream()
        .filter(g -> group.paths().stream().anyMatch(GlobSet.of(List.of(g))::matches))
        .map(Words::code)
        .collect(Collectors.joining(", "));
  }

  private Optional<Finding> firstOf(IssueGroup group, String truth) {
    return group.findings().stream().filter(f -> f.truth().equals(truth)).findFirst();
  }

  private Optional<CommitRef> introducedBy(Finding f) {
    return Optional.ofNullable(context.history().byFingerprint().get(f.fingerprint()))
        .map(Provenance::introducedBy);
  }
}
