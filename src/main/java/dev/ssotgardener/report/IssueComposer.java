package dev.ssotgardener.report;

import static dev.ssotgardener.policy.kinds.Words.code;

import dev.ssotgardener.finding.CommitRef;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.finding.Provenance;
import dev.ssotgardener.policy.BuiltinCheck;
import dev.ssotgardener.policy.GlobSet;
import dev.ssotgardener.policy.kinds.Words;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
  private final IssueChecks checks;
  private final IssueNotes notes;

  IssueComposer(ReportContext context, GroupBy groupBy, LocalDate today) {
    this.context = context;
    this.groupBy = groupBy;
    this.today = today;
    this.texts = new RuleTexts(context);
    this.checks = new IssueChecks(context, groupBy);
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
        checks.checklist(group, progress.resolved()),
        files(group),
        progress.steps(),
        notes.notes(group),
        checks.criteria(group, golden, progress),
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
