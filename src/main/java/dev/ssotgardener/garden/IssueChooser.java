package dev.ssotgardener.garden;

import dev.ssotgardener.audit.AuditProgress;
import dev.ssotgardener.audit.Auditor;
import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.report.IssueGroup;
import dev.ssotgardener.report.IssueTitle;
import dev.ssotgardener.report.Priority;
import dev.ssotgardener.report.ProcessStep;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Step 0's choice: the named issue or the most urgent one of an audit, resuming its tracker when
 * one exists. The audit's index goes on to the later steps, so the run parses the tree once.
 */
final class IssueChooser {
  private final GardenRun.Context context;

  IssueChooser(GardenRun.Context context) {
    this.context = context;
  }

  /** Empty when the audit reports nothing. */
  Optional<GardenRun.Chosen> choose(AuditProgress progress) throws IOException, GardenException {
    GardenOptions options = context.options();
    // an interrupted run is resumed before anything else: its changes make the tree's audit differ
    Optional<String> resumable =
        options.issue().or(() -> GardenJournal.interrupted(context.root()));
    if (resumable.isPresent()) {
      Optional<TrackerState> saved = context.files().load(resumable.get());
      if (saved.isPresent()) {
        return Optional.of(resume(saved.get()));
      }
    }
    Auditor.Indexed audit =
        new Auditor(context.policy(), context.walk(), context.cache())
            .auditIndexed(context.root(), progress);
    AuditResult inScope = inScope(audit.result());
    List<IssueGroup> groups =
        IssueGroup.of(inScope, options.groupBy(), context.policy().goldenPath());
    ContextDecider decider =
        new ContextDecider(
            context.policy(), context.root(), context.git(), options.today(), options.recentDays());
    List<String> slugs = new ArrayList<>();
    for (IssueGroup g : groups) {
      IssueTitle named = IssueTitle.of(g, context.policy());
      IssueTitle t = new IssueTitle(decider.decide(g).word(), named.what());
      slugs.add(t.slug());
      if (options.issue().isEmpty() || options.issue().get().equals(t.slug())) {
        Optional<TrackerState> saved = context.files().load(t.slug());
        return Optional.of(
            saved.isPresent()
                ? resume(saved.get())
                : new GardenRun.Chosen(discover(inScope, g, t), g, t, Optional.of(audit.index())));
      }
    }
    if (options.issue().isPresent()) {
      throw new GardenException(
          "no issue named "
              + options.issue().get()
              + (slugs.isEmpty()
                  ? "; the audit reports no finding"
                  : "; the issues are: " + String.join(", ", slugs)));
    }
    return Optional.empty();
  }

  /** The findings of the files under the gardened folder. */
  private AuditResult inScope(AuditResult all) {
    String scope = context.scope();
    return scope.isEmpty()
        ? all
        : new AuditResult(
            all.root(),
            all.summary(),
            all.findings().stream().filter(f -> f.path().startsWith(scope)).toList());
  }

  private TrackerState discover(AuditResult audit, IssueGroup g, IssueTitle t) {
    GardenOptions options = context.options();
    TrackerState state = TrackerState.fresh();
    state.slug = t.slug();
    state.title = t.what();
    state.context = t.context();
    state.groupBy = options.groupBy().name().toLowerCase(Locale.ROOT);
    state.groupKey = g.key();
    state.priority = g.priority().label();
    state.created = options.today().toString();
    state.auditFindings = audit.findings().size();
    state.auditFiles = audit.summary().files();
    g.findings().forEach(f -> state.findings.add(StoredFinding.of(f)));
    options.issueNumber().ifPresent(n -> state.issueNumber = n);
    return state;
  }

  private GardenRun.Chosen resume(TrackerState saved) {
    context.options().issueNumber().ifPresent(n -> saved.issueNumber = n);
    IssueGroup group =
        new IssueGroup(
            context.options().groupBy(),
            saved.groupKey,
            Priority.valueOf(saved.priority.substring(0, 2)),
            saved.findings.stream().map(StoredFinding::toFinding).toList());
    context
        .progress()
        .accept(
            "resuming "
                + saved.slug
                + " at step "
                + saved.firstUnfinished().map(Enum::ordinal).orElse(ProcessStep.values().length));
    return new GardenRun.Chosen(
        saved, group, new IssueTitle(saved.context, saved.title), Optional.empty());
  }
}
