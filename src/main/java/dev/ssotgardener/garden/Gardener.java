package dev.ssotgardener.garden;

import dev.ssotgardener.audit.AuditProgress;
import dev.ssotgardener.audit.Auditor;
import dev.ssotgardener.audit.FactsCache;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.finding.AuditResult;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.finding.HistoryFacts;
import dev.ssotgardener.fix.AtomicWriter;
import dev.ssotgardener.fix.ConflictChoice;
import dev.ssotgardener.fix.ConflictReport;
import dev.ssotgardener.fix.FileChange;
import dev.ssotgardener.fix.FixPlan;
import dev.ssotgardener.fix.FixRequest;
import dev.ssotgardener.fix.Fixer;
import dev.ssotgardener.fix.Refusal;
import dev.ssotgardener.fix.UnifiedDiff;
import dev.ssotgardener.index.ImportGraph;
import dev.ssotgardener.index.RepoIndex;
import dev.ssotgardener.lang.python.PythonModules;
import dev.ssotgardener.policy.BuiltinCheck;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.TruthKind;
import dev.ssotgardener.report.IssueGroup;
import dev.ssotgardener.report.IssueTitle;
import dev.ssotgardener.report.MarkdownRenderer;
import dev.ssotgardener.report.Priority;
import dev.ssotgardener.report.ReportContext;
import dev.ssotgardener.verify.JavaCompileCheck;
import dev.ssotgardener.verify.ProtectingTest;
import dev.ssotgardener.verify.TestCommandRunner;
import dev.ssotgardener.verify.TestRun;
import dev.ssotgardener.verify.TestSelector;
import dev.ssotgardener.workspace.SourceFile;
import dev.ssotgardener.workspace.WalkOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Runs the seed's process on one group of findings: 0 discovery, 1 plan tests, 2 baseline, 3 plan
 * remediation, 4 and 5 apply one change at a time with tests and a startup check after each, 6
 * branch, commit and PR text. Each step updates the tracker files as it completes; a second run
 * resumes at the first unfinished step.
 */
public final class Gardener {
  private static final Pattern DEFAULT_TESTS =
      Pattern.compile("(.*/)?(test_[^/]*\\.py|[^/]*_test\\.py|[^/]*Tests?\\.java)");
  private static final List<String> CANDIDATES =
      List.of("ours", "theirs", "ours+theirs", "theirs+ours");
  private static final String CONFLICT = BuiltinCheck.CONFLICT_MARKERS.id();

  private final Policy policy;
  private final WalkOptions walk;
  private final HistoryFacts history;
  private final String version;
  private final FactsCache cache;

  /**
   * @param history provenance of findings by fingerprint ({@link HistoryFacts#none()} without a
   *     history walk): it names the issue's context
   * @param cache facts of files seen before, so the run's audits parse only what changed
   */
  public Gardener(
      Policy policy, WalkOptions walk, HistoryFacts history, String version, FactsCache cache) {
    this.policy = policy;
    this.walk = walk;
    this.history = history;
    this.version = version;
    this.cache = cache;
  }

  /**
   * @param progress hears each step and cycle as it completes
   * @param auditProgress hears how far step 0's audit is
   */
  public GardenOutcome run(
      Path root, GardenOptions options, Consumer<String> progress, AuditProgress auditProgress)
      throws IOException, GardenException, InterruptedException {
    Optional<GitWorkTree> git = GitWorkTree.open(root);
    try {
      return new Run(root, options, progress, git).run(auditProgress);
    } finally {
      git.ifPresent(GitWorkTree::close);
    }
  }

  /** One run's working state. */
  private final class Run {
    private final Path root;
    private final GardenOptions options;
    private final Consumer<String> progress;
    private final Optional<GitWorkTree> git;
    private final TrackerFiles files;
    private final Fixer fixer;
    private final TrackerMarkdown markdown;
    private TrackerState state;
    private IssueGroup group;
    private IssueTitle title;
    private PythonModules modules;
    private RepoIndex index;
    private StartupCheck startupCheck;

    Run(Path root, GardenOptions options, Consumer<String> progress, Optional<GitWorkTree> git) {
      this.root = root;
      this.options = options;
      this.progress = progress;
      this.git = git;
      this.files = new TrackerFiles(root);
      this.fixer = new Fixer(policy, walk);
      this.markdown =
          new TrackerMarkdown(
              new MarkdownRenderer(
                  new ReportContext(policy, root, history),
                  options.groupBy(),
                  options.today(),
                  version));
    }

    GardenOutcome run(AuditProgress auditProgress)
        throws IOException, GardenException, InterruptedException {
      if (!choose(auditProgress)) {
        return new GardenOutcome(
            Optional.empty(),
            true,
            Optional.empty(),
            "nothing to garden: the audit reports no finding");
      }
      String slug = state.slug;
      if (state.firstUnfinished() > GardenOptions.LAST_STEP) {
        return outcome("already done: every step of " + slug + " is complete");
      }
      if (options.dryRun()) {
        return dryRun();
      }
      refuseToStart();
      if (!state.isDone(0)) {
        state.done(0);
        save();
        progress.accept(
            "step 0 discovery: "
                + slug
                + " ("
                + state.priority
                + ", "
                + TrackerMarkdown.plural(state.findings.size(), "finding")
                + ")");
      }
      for (int step = state.firstUnfinished();
          step <= Math.min(options.untilStep(), GardenOptions.LAST_STEP);
          step = state.firstUnfinished()) {
        boolean advanced =
            switch (step) {
              case 1 -> planTests();
              case 2 -> baseline();
              case 3 -> planRemediation();
              case 4, 5 -> remediate();
              case 6 -> pullRequest();
              default -> false;
            };
        save();
        if (!advanced) {
          return outcome("stopped at step " + step + ": " + state.stopReason);
        }
      }
      return outcome(
          state.firstUnfinished() > GardenOptions.LAST_STEP
              ? "done: branch "
                  + state.branch
                  + ", PR text "
                  + root.relativize(files.pullRequest(slug))
              : "paused after step " + options.untilStep() + "; run again to resume");
    }

    private GardenOutcome outcome(String message) {
      boolean complete = state.firstUnfinished() > GardenOptions.LAST_STEP;
      return new GardenOutcome(
          Optional.of(state.slug),
          complete,
          options.dryRun() ? Optional.empty() : Optional.of(files.markdown(state.slug)),
          message);
    }

    /**
     * Step 0's choice: the named issue or the most urgent, resuming its tracker when one exists.
     */
    private boolean choose(AuditProgress auditProgress) throws IOException, GardenException {
      if (options.issue().isPresent()) {
        Optional<TrackerState> saved = files.load(options.issue().get());
        if (saved.isPresent()) {
          resume(saved.get());
          return true;
        }
      }
      AuditResult audit = new Auditor(policy, walk, cache).audit(root, auditProgress);
      List<IssueGroup> groups = IssueGroup.of(audit, options.groupBy(), policy.goldenPath());
      ContextDecider decider =
          new ContextDecider(policy, root, history, git, options.today(), options.recentDays());
      List<String> slugs = new ArrayList<>();
      for (IssueGroup g : groups) {
        IssueTitle named = IssueTitle.of(g, policy);
        IssueTitle t = new IssueTitle(decider.decide(g).word(), named.what());
        slugs.add(t.slug());
        if (options.issue().isEmpty() || options.issue().get().equals(t.slug())) {
          Optional<TrackerState> saved = files.load(t.slug());
          if (saved.isPresent()) {
            resume(saved.get());
          } else {
            discover(audit, g, t);
          }
          return true;
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
      return false;
    }

    private void discover(AuditResult audit, IssueGroup g, IssueTitle t) {
      group = g;
      title = t;
      state = TrackerState.fresh();
      state.slug = t.slug();
      state.title = t.what();
      state.context = t.context();
      state.groupBy = options.groupBy().name().toLowerCase(Locale.ROOT);
      state.groupKey = g.key();
      state.priority = g.priority().label();
      state.created = options.today().toString();
      state.auditFindings = audit.findings().size();
      state.auditFiles = audit.summary().files();
      g.findings().forEach(f -> state.findings.add(TrackerState.StoredFinding.of(f)));
      options.issueNumber().ifPresent(n -> state.issueNumber = n);
    }

    private void resume(TrackerState saved) {
      state = saved;
      options.issueNumber().ifPresent(n -> state.issueNumber = n);
      title = new IssueTitle(saved.context, saved.title);
      group =
          new IssueGroup(
              options.groupBy(),
              saved.groupKey,
              Priority.valueOf(saved.priority.substring(0, 2)),
              saved.findings.stream().map(TrackerState.StoredFinding::toFinding).toList());
      progress.accept("resuming " + saved.slug + " at step " + saved.firstUnfinished());
    }

    private void refuseToStart() throws IOException, GardenException {
      if (git.isEmpty()) {
        return;
      }
      List<String> dirty = git.get().dirtyPaths();
      if (!dirty.isEmpty() && !options.allowDirty()) {
        throw new GardenException(
            "the work tree has uncommitted changes ("
                + String.join(", ", dirty.subList(0, Math.min(3, dirty.size())))
                + (dirty.size() > 3 ? ", …" : "")
                + "); commit or stash them, or pass --allow-dirty");
      }
      if (git.get().branchExists(branch())) {
        throw new GardenException(GitWorkTree.branchExistsMessage(branch()));
      }
    }

    private String branch() {
      return "ssot/" + state.slug;
    }

    private void save() throws IOException {
      files.save(state, markdown.issue(group, title, state));
    }

    // Step 1 ----------------------------------------------------------------------------------

    private boolean planTests() throws IOException {
      state.tests.clear();
      for (ProtectingTest t : selector().protecting(group.paths())) {
        state.tests.add(new TrackerState.PlannedTest(t.path(), t.reason()));
      }
      state.done(1);
      progress.accept(
          "step 1 plan tests: "
              + TrackerMarkdown.plural(state.tests.size(), "test file")
              + " protect "
              + String.join(", ", group.paths()));
      return true;
    }

    private TestSelector selector() throws IOException {
      RepoIndex index = index();
      Predicate<String> isTest =
          policy.tests().patterns().isEmpty()
              ? p -> DEFAULT_TESTS.matcher(p).matches()
              : policy.tests()::matches;
      return new TestSelector(ImportGraph.of(index), isTest);
    }

    // Step 2 ----------------------------------------------------------------------------------

    private boolean baseline() throws IOException, InterruptedException {
      Optional<String> command = testCommand();
      if (command.isEmpty()) {
        state.stopped(
            2,
            "no test command: pass --test-command, set test-command in ssot.yml, or declare an entrypoint truth whose canonical runner is a .py file");
        return false;
      }
      state.testCommand = command.get();
      state.baseline = runTests();
      state.last = state.baseline;
      state.done(2);
      progress.accept("step 2 baseline: " + state.baseline.counts());
      return true;
    }

    private Optional<String> testCommand() {
      return options
          .testCommand()
          .or(policy::testCommand)
          .or(
              () ->
                  policy.truths().stream()
                      .filter(t -> t.kind() == TruthKind.ENTRYPOINT)
                      .flatMap(t -> t.canonical().stream())
                      .filter(c -> c.endsWith(".py"))
                      .findFirst()
                      .map(c -> "python3 " + c));
    }

    private TrackerState.RunRecord runTests() throws IOException, InterruptedException {
      TestRun run = new TestCommandRunner(options.timeout()).run(state.testCommand, root);
      PythonModules modules = modules();
      List<TrackerState.FileState> states = new ArrayList<>();
      for (TrackerState.PlannedTest t : state.tests) {
        states.add(
            new TrackerState.FileState(
                t.path(), TestFileState.of(t.path(), moduleName(modules, t.path()), run).word()));
      }
      return TrackerState.RunRecord.of(run, states);
    }

    private PythonModules modules() throws IOException {
      if (modules == null) {
        modules = new PythonModules(index().files().stream().map(FileFacts::path).toList());
      }
      return modules;
    }

    /**
     * The repository's index as this run first saw it: module names, Java packages and source roots
     * depend only on its paths, which no change here adds or removes.
     */
    private RepoIndex index() throws IOException {
      if (index == null) {
        index = new Auditor(policy, walk, cache).index(root);
      }
      return index;
    }

    private StartupCheck startupCheck() throws IOException {
      if (startupCheck == null) {
        RepoIndex repository = index();
        startupCheck =
            new StartupCheck(
                new TestCommandRunner(options.timeout()),
                StartupCheck.interpreterOf(state.testCommand),
                modules(),
                options.compileCommand().or(policy::compileCommand),
                () -> new JavaCompileCheck(repository, options.classpath()));
      }
      return startupCheck;
    }

    /** A Python file's module; a Java file's class name, as test reports name it. */
    private String moduleName(PythonModules modules, String path) {
      if (path.endsWith(".py")) {
        return modules.moduleOf(path);
      }
      String name = path.substring(path.lastIndexOf('/') + 1);
      return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    }

    // Step 3 ----------------------------------------------------------------------------------

    private boolean planRemediation() throws IOException {
      Set<String> mine = fingerprints();
      FixPlan plan = fixer.plan(root, FixRequest.all());
      state.plan.clear();
      state.unplanned.clear();
      Set<String> conflicted = new LinkedHashSet<>();
      for (ConflictReport report : plan.conflicts()) {
        if (group.paths().contains(report.path())) {
          conflicted.add(report.path());
        }
      }
      for (String path : conflicted) {
        List<String> parsing = new ArrayList<>();
        for (String name : CANDIDATES) {
          boolean parses =
              plan.conflicts().stream()
                  .filter(r -> r.path().equals(path))
                  .allMatch(
                      r ->
                          r.candidates().stream()
                              .anyMatch(c -> c.name().equals(name) && c.parses()));
          if (parses) {
            parsing.add(name);
          }
        }
        if (parsing.isEmpty()) {
          state.unplanned.add(
              "`" + path + "`: no candidate resolution of its conflict parses; resolve it by hand");
        } else {
          state.plan.add(
              new TrackerState.PlannedChange(path, CONFLICT, "resolve the conflict", parsing));
        }
      }
      for (FileChange change : plan.changes()) {
        Set<String> truths = new LinkedHashSet<>();
        change.fixed().stream()
            .filter(f -> mine.contains(f.fingerprint()))
            .forEach(f -> truths.add(f.truth()));
        for (String truth : truths) {
          String description =
              change.fixed().stream()
                  .filter(f -> f.truth().equals(truth))
                  .findFirst()
                  .flatMap(Finding::fix)
                  .map(fix -> fix.description())
                  .orElse("fix");
          state.plan.add(
              new TrackerState.PlannedChange(change.path(), truth, description, List.of()));
        }
      }
      for (Refusal r : plan.refused()) {
        if (mine.contains(r.finding().fingerprint())) {
          state.unplanned.add(
              "`%s:%d` [%s] %s"
                  .formatted(
                      r.finding().path(),
                      r.finding().span().startLine(),
                      r.finding().truth(),
                      r.reason()));
        }
      }
      state.order =
          "conflicts first (a file that cannot load hides every other result), candidates in the"
              + " order ours, theirs, ours+theirs, theirs+ours (those that parse); then each"
              + " truth's fixes, one file and truth at a time, in finding order";
      state.done(3);
      progress.accept(
          "step 3 plan remediation: "
              + TrackerMarkdown.plural(state.plan.size(), "change")
              + ", "
              + state.unplanned.size()
              + " not planned");
      return true;
    }

    private Set<String> fingerprints() {
      Set<String> out = new LinkedHashSet<>();
      group.findings().forEach(f -> out.add(f.fingerprint()));
      return out;
    }

    // Steps 4 and 5 ---------------------------------------------------------------------------

    private boolean remediate() throws IOException, InterruptedException {
      Remediation loop = new Remediation();
      if (!state.isDone(4)) {
        state.cycles.clear();
        state.kept.clear();
        state.resolved.clear();
        state.alternatives.clear();
        if (!loop.applyAll()) {
          return false;
        }
        state.done(4);
        save();
      }
      return loop.verify();
    }

    /** The test-fix loop: each change applied, tested, kept or rolled back. */
    private final class Remediation {
      private final AtomicWriter writer = new AtomicWriter();
      private final List<FileChange> applied = new ArrayList<>();
      private final Set<String> changedPaths = new LinkedHashSet<>();

      boolean applyAll() throws IOException, InterruptedException {
        for (TrackerState.PlannedChange change : state.plan) {
          if (cyclesLeft() == 0) {
            state.unplanned.add(
                "not tried (--max-cycles " + options.maxCycles() + " reached): " + change.label());
            continue;
          }
          boolean ok = change.isConflict() ? resolveConflict(change) : applyFix(change);
          if (!ok) {
            rollBackAll();
            return false;
          }
        }
        return true;
      }

      private int cyclesLeft() {
        return options.maxCycles() - state.cycles.size();
      }

      private boolean resolveConflict(TrackerState.PlannedChange change)
          throws IOException, InterruptedException {
        record Trial(String candidate, FileChange change, TrackerState.RunRecord run) {}
        List<Trial> passed = new ArrayList<>();
        for (String candidate : change.candidates()) {
          if (cyclesLeft() == 0) {
            break;
          }
          FixRequest request =
              new FixRequest(Optional.of(CONFLICT), Optional.of(choice(candidate)));
          FixPlan plan = fixer.plan(root, request);
          Optional<FileChange> planned = changeOf(plan, change.path());
          if (planned.isEmpty()) {
            cycle(
                change,
                candidate,
                false,
                "not applicable: " + refusal(plan, change.path()),
                null,
                "-");
            continue;
          }
          Verdict verdict = tryChange(planned.get(), true);
          cycle(change, candidate, verdict.ok(), verdict.text(), verdict.run(), verdict.startup());
          if (verdict.ok()) {
            passed.add(new Trial(candidate, planned.get(), verdict.run()));
          }
          undo(planned.get());
        }
        if (passed.isEmpty()) {
          state.stopped(
              4,
              "no candidate resolution of the conflict in "
                  + change.path()
                  + " passes the tests; the repository's files are as they were");
          return false;
        }
        Trial chosen = passed.get(0);
        Set<String> alsoPassed = new LinkedHashSet<>();
        passed.subList(1, passed.size()).forEach(t -> alsoPassed.add(t.candidate()));
        for (int i = 0; i < state.cycles.size(); i++) {
          TrackerState.Cycle c = state.cycles.get(i);
          if (!c.change().equals(change.label())) {
            continue;
          }
          boolean isChosen = c.candidate().equals(chosen.candidate());
          if (isChosen || alsoPassed.contains(c.candidate())) {
            // An alternative that passed was undone only because ours is preferred: say so.
            String verdict =
                isChosen
                    ? c.verdict()
                    : c.verdict()
                        + " too; not kept, "
                        + chosen.candidate()
                        + " is preferred and a"
                        + " reviewer must confirm";
            state.cycles.set(
                i,
                new TrackerState.Cycle(
                    c.number(),
                    c.change(),
                    c.candidate(),
                    isChosen,
                    verdict,
                    c.tests(),
                    c.startup()));
          }
        }
        write(chosen.change());
        state.last = chosen.run();
        keep(
            chosen.change(),
            "conflict resolved to "
                + chosen.candidate()
                + (passed.size() > 1 ? " (reviewer must confirm)" : ""));
        for (Trial other : passed.subList(1, passed.size())) {
          FileChange diff =
              new FileChange(
                  change.path(),
                  new SourceFile(
                      change.path(),
                      chosen.change().fixedText(),
                      chosen.change().original().charset(),
                      chosen.change().original().bom()),
                  other.change().fixedText(),
                  List.of());
          state.alternatives.add(
              new TrackerState.Alternative(change.path(), other.candidate(), UnifiedDiff.of(diff)));
        }
        return true;
      }

      private boolean applyFix(TrackerState.PlannedChange change)
          throws IOException, InterruptedException {
        FixRequest request = new FixRequest(Optional.of(change.truth()), Optional.empty());
        FixPlan plan = fixer.plan(root, request);
        Optional<FileChange> planned = changeOf(plan, change.path());
        if (planned.isEmpty()) {
          state.unplanned.add(
              change.label() + ": no longer applies (" + refusal(plan, change.path()) + ")");
          return true;
        }
        Verdict verdict = tryChange(planned.get(), false);
        cycle(change, "", verdict.ok(), verdict.text(), verdict.run(), verdict.startup());
        if (verdict.ok()) {
          state.last = verdict.run();
          keep(planned.get(), change.description() + " (" + change.truth() + ")");
        } else {
          undo(planned.get());
        }
        return true;
      }

      private static Optional<FileChange> changeOf(FixPlan plan, String path) {
        return plan.changes().stream().filter(c -> c.path().equals(path)).findFirst();
      }

      private static String refusal(FixPlan plan, String path) {
        return plan.refused().stream()
            .filter(r -> r.finding().path().equals(path))
            .map(Refusal::reason)
            .findFirst()
            .orElse("the fixer offers no change");
      }

      /** Writes a change, runs the tests and the startup check; the change stays written. */
      private Verdict tryChange(FileChange change, boolean mustPassOwnTests)
          throws IOException, InterruptedException {
        write(change);
        Set<String> changed = new LinkedHashSet<>(changedPaths);
        changed.add(change.path());
        TrackerState.RunRecord run = runTests();
        StartupCheck.Result startup = startupCheck().check(root, changed);
        List<String> problems = new ArrayList<>();
        List<String> broken = state.last.toTestRun().brokenIn(run.toTestRun());
        if (!broken.isEmpty()) {
          problems.add("broke " + String.join(", ", broken));
        }
        if (run.timedOut()) {
          problems.add("the tests timed out");
        }
        for (TrackerState.FileState f : run.files()) {
          String before = state.last.stateOf(f.path());
          boolean wasPassing = before.equals(TestFileState.PASSING.word());
          boolean own = group.paths().contains(f.path());
          if (!f.state().equals(TestFileState.PASSING.word())
              && (wasPassing || (mustPassOwnTests && own))) {
            problems.add("`" + f.path() + "` " + f.state());
          }
        }
        if (!startup.ok()) {
          problems.add(TrackerMarkdown.STARTUP_FAILED);
        }
        String text = problems.isEmpty() ? "tests pass" : String.join("; ", problems);
        return new Verdict(problems.isEmpty(), text, run, startup.summary());
      }

      private void cycle(
          TrackerState.PlannedChange change,
          String candidate,
          boolean kept,
          String verdict,
          TrackerState.RunRecord run,
          String startup)
          throws IOException {
        state.cycles.add(
            new TrackerState.Cycle(
                state.cycles.size() + 1,
                change.label(),
                candidate,
                kept && candidate.isEmpty(),
                verdict,
                run == null ? "not run" : run.counts(),
                startup));
        progress.accept(
            "cycle "
                + state.cycles.size()
                + ": "
                + change.label()
                + (candidate.isEmpty() ? "" : " [" + candidate + "]")
                + " → "
                + verdict);
        save();
      }

      private void keep(FileChange change, String description) throws IOException {
        applied.add(change);
        changedPaths.add(change.path());
        state.kept.add(
            new TrackerState.KeptChange(
                change.path(),
                description,
                change.fixed().stream().map(Finding::fingerprint).toList()));
        change.fixed().forEach(f -> state.resolved.add(f.fingerprint()));
        save();
      }

      private void write(FileChange change) throws IOException {
        try {
          writer.write(root, change);
        } catch (AtomicWriter.WriteException e) {
          throw new IOException(e.getMessage(), e);
        }
      }

      private void undo(FileChange change) throws IOException {
        SourceFile now =
            new SourceFile(
                change.path(),
                change.fixedText(),
                change.original().charset(),
                change.original().bom());
        write(new FileChange(change.path(), now, change.original().text(), List.of()));
      }

      private void rollBackAll() throws IOException {
        for (int i = applied.size() - 1; i >= 0; i--) {
          undo(applied.get(i));
        }
        applied.clear();
        state.kept.clear();
        state.resolved.clear();
        state.alternatives.clear();
        state.last = state.baseline;
      }

      /** Step 5's close: the tests after every kept change, no worse than the baseline. */
      boolean verify() throws IOException, InterruptedException {
        if (state.last == null) {
          state.last = runTests();
        }
        List<String> worse = state.baseline.toTestRun().brokenIn(state.last.toTestRun());
        if (!worse.isEmpty()) {
          state.stopped(5, "tests worse than the baseline: " + String.join(", ", worse));
          return false;
        }
        state.done(5);
        progress.accept(
            "step 5 test-fix loop: "
                + state.last.counts()
                + " (baseline "
                + state.baseline.counts()
                + ")");
        return true;
      }
    }

    private record Verdict(boolean ok, String text, TrackerState.RunRecord run, String startup) {}

    // Step 6 ----------------------------------------------------------------------------------

    private boolean pullRequest() throws IOException {
      if (state.kept.isEmpty()) {
        state.stopped(6, "nothing to commit: no change survived the tests");
        return false;
      }
      if (git.isEmpty()) {
        state.stopped(
            6,
            "not a git repository: no branch or commit made; the kept changes are in the work tree");
        return false;
      }
      if (git.get().branchExists(branch())) {
        state.stopped(6, GitWorkTree.branchExistsMessage(branch()));
        return false;
      }
      StringBuilder message = new StringBuilder(title.title()).append("\n\n");
      state.kept.forEach(
          k ->
              message
                  .append("- ")
                  .append(k.path())
                  .append(": ")
                  .append(k.description())
                  .append('\n'));
      message
          .append("\nTests (")
          .append(state.testCommand)
          .append("): before ")
          .append(state.baseline.counts())
          .append("; after ")
          .append(state.last.counts())
          .append(".\n");
      message.append(
          state.issueNumber != null
              ? "\nFixes #" + state.issueNumber + "\n"
              : "\nCloses " + state.slug + " (ssot garden tracker).\n");
      List<String> paths =
          state.kept.stream().map(TrackerState.KeptChange::path).distinct().toList();
      state.commit = git.get().commitOnNewBranch(branch(), paths, message.toString());
      state.branch = branch();
      state.done(6);
      files.savePullRequest(state.slug, TrackerMarkdown.pullRequest(title, group, state));
      progress.accept(
          "step 6 PR: branch "
              + state.branch
              + ", commit "
              + TrackerMarkdown.shortId(state.commit));
      return true;
    }

    // Dry run ---------------------------------------------------------------------------------

    private GardenOutcome dryRun() throws IOException {
      progress.accept("dry run: nothing is written and no test is run");
      progress.accept(
          "step 0 discovery: "
              + state.slug
              + " ("
              + state.priority
              + ", "
              + TrackerMarkdown.plural(state.findings.size(), "finding")
              + ")");
      for (ProtectingTest t : selector().protecting(group.paths())) {
        progress.accept("step 1 test: " + t.path() + " - " + t.reason());
      }
      progress.accept("step 2 would run: " + testCommand().orElse("(no test command)"));
      planRemediation();
      for (int i = 0; i < state.plan.size(); i++) {
        TrackerState.PlannedChange c = state.plan.get(i);
        progress.accept(
            "step 3 change "
                + (i + 1)
                + ": "
                + c.label()
                + (c.isConflict() ? " [" + String.join(", ", c.candidates()) + "]" : ""));
      }
      state.unplanned.forEach(u -> progress.accept("step 3 not planned: " + u));
      return outcome("dry run of " + state.slug + ": nothing written");
    }
  }

  private static ConflictChoice choice(String candidate) {
    return switch (candidate) {
      case "ours" -> ConflictChoice.OURS;
      case "theirs" -> ConflictChoice.THEIRS;
      case "ours+theirs" -> ConflictChoice.UNION;
      default -> ConflictChoice.THEIRS_THEN_OURS;
    };
  }
}
