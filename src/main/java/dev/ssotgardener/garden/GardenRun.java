package dev.ssotgardener.garden;

import dev.ssotgardener.audit.Auditor;
import dev.ssotgardener.audit.FactsCache;
import dev.ssotgardener.audit.FactsCollector;
import dev.ssotgardener.audit.Frontends;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.fix.FixPlan;
import dev.ssotgardener.fix.FixRequest;
import dev.ssotgardener.fix.Fixer;
import dev.ssotgardener.index.RepoIndex;
import dev.ssotgardener.lang.ProbeContext;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.report.IssueGroup;
import dev.ssotgardener.report.IssueTitle;
import dev.ssotgardener.verify.TestRun;
import dev.ssotgardener.workspace.FileEntry;
import dev.ssotgardener.workspace.ReadOutcome;
import dev.ssotgardener.workspace.SourceReader;
import dev.ssotgardener.workspace.WalkOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * One run's shared context for the steps: the repository, the options, the tracker and its files,
 * and the repository's facts, read once (by step 0's audit, or when a run resumes) and kept current
 * as the run changes files, so no step parses the whole tree again.
 */
final class GardenRun {
  final Path root;
  final GardenOptions options;
  final Policy policy;
  final Optional<SourceControl> git;
  final TrackerState state;
  final IssueGroup group;
  final IssueTitle title;
  private final TestRunner tests;
  private final Consumer<String> progress;
  private final TrackerFiles files;
  private final TrackerMarkdown markdown;
  private final WalkOptions walk;
  private final FactsCache cache;
  private Map<String, FileFacts> facts;
  private FactsCollector collector;
  private StartupCheck startupCheck;

  GardenRun(Context context, Chosen chosen) {
    this.root = context.root();
    this.options = context.options();
    this.policy = context.policy();
    this.git = context.git();
    this.tests = context.tests();
    this.progress = context.progress();
    this.files = context.files();
    this.markdown = context.markdown();
    this.walk = context.walk();
    this.cache = context.cache();
    this.state = chosen.state();
    this.group = chosen.group();
    this.title = chosen.title();
    chosen.index().ifPresent(this::remember);
  }

  /**
   * What every run shares before an issue is chosen.
   *
   * @param scope the folder whose findings may be chosen, relative to {@code root} with a trailing
   *     {@code /}; empty: the whole repository
   */
  record Context(
      Path root,
      String scope,
      GardenOptions options,
      Policy policy,
      WalkOptions walk,
      FactsCache cache,
      Optional<SourceControl> git,
      TestRunner tests,
      Consumer<String> progress,
      TrackerFiles files,
      TrackerMarkdown markdown) {}

  /** The issue chosen (or resumed), and the index step 0's audit built, when it ran. */
  record Chosen(
      TrackerState state, IssueGroup group, IssueTitle title, Optional<RepoIndex> index) {}

  void say(String line) {
    progress.accept(line);
  }

  void save() throws IOException {
    files.save(state, markdown.issue(group, title, state));
  }

  TrackerFiles files() {
    return files;
  }

  TrackerMarkdown markdown() {
    return markdown;
  }

  String branch() {
    return "ssot/" + state.slug;
  }

  /** The repository's facts as they are now on disk. */
  Map<String, FileFacts> facts() throws IOException {
    if (facts == null) {
      remember(new Auditor(policy, walk, cache).index(root));
    }
    return facts;
  }

  RepoIndex index() throws IOException {
    return RepoIndex.of(facts().values());
  }

  private void remember(RepoIndex index) {
    facts = new TreeMap<>();
    index.files().forEach(f -> facts.put(f.path(), f));
    collector = new FactsCollector(Frontends.forRepository(facts.keySet()));
  }

  /** Collects a file's facts again after the run wrote it. */
  void refresh(String path) throws IOException {
    Map<String, FileFacts> all = facts();
    Path file = root.resolve(path);
    if (new SourceReader().read(new FileEntry(path, file, Files.size(file)))
        instanceof ReadOutcome.Text text) {
      all.put(path, collector.collect(text.file()));
    }
  }

  /**
   * The fix plan of this issue's findings (or {@code request}'s), against the facts as they are.
   */
  FixPlan plan(FixRequest request) throws IOException {
    return new Fixer(policy, walk).plan(root, facts(), request);
  }

  Set<String> fingerprints() {
    Set<String> out = new LinkedHashSet<>();
    group.findings().forEach(f -> out.add(f.fingerprint()));
    return out;
  }

  /** The module (Python) or class (Java) name test reports give a file's tests. */
  String testName(String path) throws IOException {
    FileFacts file = facts().get(path);
    String stem = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
    String module = file == null ? "" : file.module();
    if (module.isEmpty()) {
      return stem;
    }
    // A Python file is its own module; a Java file's module is its package, which holds its class.
    return module.equals(stem) || module.endsWith("." + stem) ? module : module + "." + stem;
  }

  Optional<String> testCommand() {
    return options.testCommand().or(() -> PolicyTestCommand.of(policy));
  }

  /** Runs the test command and records each planned test file's state in the run. */
  TrackerState.RunRecord runTests() throws IOException, InterruptedException {
    TestRun run = tests.run(state.testCommand, root);
    List<TrackerState.FileState> states = new ArrayList<>();
    for (TrackerState.PlannedTest t : state.tests) {
      states.add(TestFileState.of(t.path(), testName(t.path()), run));
    }
    return TrackerState.RunRecord.of(run, states);
  }

  StartupCheck startupCheck() throws IOException {
    if (startupCheck == null) {
      RepoIndex repository = index();
      Map<String, FileFacts> known = facts();
      ProbeContext.Sources sources =
          new ProbeContext.Sources(repository.files(), repository::isLocal);
      startupCheck =
          new StartupCheck(
              new ProbeContext(
                  StartupCheck.commands(tests),
                  state.testCommand,
                  options.compileCommand().or(policy::compileCommand),
                  options.classpath(),
                  path -> Optional.ofNullable(known.get(path)).map(FileFacts::module).orElse(""),
                  () -> sources));
    }
    return startupCheck;
  }
}
