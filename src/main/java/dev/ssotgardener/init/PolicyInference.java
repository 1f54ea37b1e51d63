package dev.ssotgardener.init;

import dev.ssotgardener.audit.Auditor;
import dev.ssotgardener.audit.FactsCache;
import dev.ssotgardener.facts.Language;
import dev.ssotgardener.index.RepoIndex;
import dev.ssotgardener.init.WrapperInference.Target;
import dev.ssotgardener.lang.Dialect;
import dev.ssotgardener.lang.Dialects;
import dev.ssotgardener.lang.Idioms;
import dev.ssotgardener.lang.LibraryChoice.Library;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.policy.TruthKind;
import dev.ssotgardener.workspace.WalkOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Proposes a policy from what a repository already does most: reads it as an audit does (the same
 * walk, facts, cache and index) and runs each inference over the result.
 */
public final class PolicyInference {
  /** Says environment, and not a test's environment (pip's {@code PipTestEnvironment}). */
  private static final Pattern ENV_NAMES = Pattern.compile("^(?!.*(?:Test|test_)).*(?i:env)");

  private static final Pattern MOCK_NAMES = Pattern.compile("(?i)mock|fake|stub");

  private static final Target ENVIRONMENT =
      new Target(
          "environment",
          TruthKind.API,
          false,
          "modules",
          Idioms::environmentReads,
          // a popular class that also reads a property (SpringApplication) is no accessor
          name -> ENV_NAMES.matcher(Survey.simpleName(name)).find());

  private static final Target MOCKS =
      new Target(
          "mock-factory",
          TruthKind.IMPORT,
          true,
          "test modules",
          Idioms::mockLibraries,
          // a helper that happens to mock is not a mock factory; its name says what it is
          name -> MOCK_NAMES.matcher(Survey.simpleName(name)).find());

  private final WalkOptions options;
  private final FactsCache cache;

  public PolicyInference(WalkOptions options, FactsCache cache) {
    this.options = options;
    this.cache = cache;
  }

  /** The policy proposed for the repository at {@code root}. */
  public Proposal infer(Path root) throws IOException {
    return infer(new Auditor(Policy.builtinOnly(), options, cache).index(root));
  }

  /** The policy proposed for an indexed repository. */
  public static Proposal infer(RepoIndex index) {
    List<ExcludeInference.Excluded> excluded = new ExcludeInference(index).infer();
    Survey survey =
        new Survey(index, excluded.stream().map(ExcludeInference.Excluded::folder).toList());
    TestsInference.Tests tests = new TestsInference(survey).infer();
    Set<String> testBases = new HashSet<>();
    survey
        .testClasses()
        .forEach(
            t -> {
              testBases.add(t.cls().qualifiedName());
              testBases.addAll(index.ancestors(t.cls().qualifiedName()));
            });
    List<Outcome> outcomes = new ArrayList<>();
    BaseClassInference bases = new BaseClassInference(survey);
    WrapperInference mocks =
        new WrapperInference(survey, MOCKS, f -> survey.isTestFile(f.path()), testBases);
    WrapperInference environment = new WrapperInference(survey, ENVIRONMENT, f -> true, testBases);
    Set<Language> present = new HashSet<>();
    index.files().forEach(f -> present.add(f.language()));
    for (Dialect dialect : Dialects.all()) {
      if (present.contains(dialect.language())) {
        outcomes.add(bases.infer(dialect.language()));
        outcomes.add(mocks.infer(dialect));
        outcomes.add(environment.infer(dialect));
      }
    }
    for (Dialect dialect : Dialects.all()) {
      if (RunnerInference.runsScripts(dialect)) {
        outcomes.add(new RunnerInference(survey).infer(dialect));
      }
    }
    List<Library> forbidden = new ArrayList<>();
    outcomes.forEach(
        o -> o.truths().forEach(t -> forbidden.add(new Library(t.id(), t.forbids(), t.except()))));
    LibraryChoiceInference libraries = new LibraryChoiceInference(survey);
    for (Dialect dialect : Dialects.all()) {
      if (present.contains(dialect.language())) {
        outcomes.addAll(libraries.infer(dialect, forbidden));
      }
    }
    outcomes.add(new FamilyInference(survey).infer());
    List<ProposedTruth> truths = new ArrayList<>();
    List<String> notProposed = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Outcome outcome : outcomes) {
      outcome.truths().forEach(t -> truths.add(withUniqueId(t, ids)));
      if (!outcome.whyNone().isEmpty()) {
        notProposed.add(outcome.whyNone());
      }
    }
    truths.sort((a, b) -> Boolean.compare(a.tentative(), b.tentative()));
    return new Proposal(tests.globs(), tests.evidence(), excluded, truths, notProposed);
  }

  /** {@code t}, renamed {@code id-2}, {@code id-3}... when its id is taken. */
  private static ProposedTruth withUniqueId(ProposedTruth t, Set<String> ids) {
    String id = t.id();
    for (int n = 2; !ids.add(id); n++) {
      id = t.id() + "-" + n;
    }
    return new ProposedTruth(
        id,
        t.kind(),
        t.canonical(),
        t.forbids(),
        t.except(),
        t.replaces(),
        t.names(),
        t.testsScope(),
        t.evidence(),
        t.tentative());
  }
}
