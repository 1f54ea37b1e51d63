package dev.ssotgardener.rules;

import dev.ssotgardener.facts.ClassFact;
import dev.ssotgardener.facts.EntryPoint;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.Reference;
import dev.ssotgardener.facts.RunnerBlock;
import dev.ssotgardener.facts.Span;
import dev.ssotgardener.finding.Fix;
import dev.ssotgardener.finding.FixLevel;
import dev.ssotgardener.finding.Remedy;
import dev.ssotgardener.index.RepoIndex;
import dev.ssotgardener.policy.GlobSet;
import dev.ssotgardener.policy.NamePatterns;
import dev.ssotgardener.policy.Truth;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code entrypoint}: code may not start a runner of its own ({@code unittest.main()}, {@code
 * pytest.main([...])}, {@code JUnitCore.runClasses(...)}); tests run through the canonical runner.
 * When {@code forbids} lists {@value #MAIN}, a test that declares a program entry point (Java
 * {@code public static void main}) is reported too: in a test file, or in a test class. A runner
 * spelled with a module the file never imports ({@code unittest.main()} without {@code import
 * unittest}) is reported as such.
 */
final class EntrypointRule implements FileRule {
  /** The {@code forbids} entry that stands for declaring a {@code main} entry point in tests. */
  static final String MAIN = "main";

  private final Truth truth;
  private final NamePatterns forbidden;
  private final GlobSet tests;
  private final TestClasses testClasses;

  /**
   * @param tests the policy's test globs, which say where an entry point is a test's own runner
   */
  EntrypointRule(Truth truth, GlobSet tests, TestClasses testClasses) {
    this.truth = truth;
    this.forbidden = truth.forbidden();
    this.tests = tests;
    this.testClasses = testClasses;
  }

  @Override
  public List<Violation> check(FileFacts file, RepoIndex index) {
    List<EntryPoint> ownMains = new ArrayList<>();
    if (truth.forbids().contains(MAIN)) {
      for (EntryPoint entry : file.entryPoints()) {
        if (tests.matches(file.path()) || isTestClass(file, entry.owner(), index)) {
          ownMains.add(entry);
        }
      }
    }
    List<Violation> violations = new ArrayList<>();
    for (Reference ref : file.references()) {
      if (ref.usage() != Reference.Usage.CALL) {
        continue;
      }
      String called = index.canonicalName(ref.qualifiedName());
      if (forbidden.matchesWhole(called)) {
        violations.add(
            new Violation(
                file.path(),
                ref.span(),
                "starts its own runner %s; run tests through %s"
                    .formatted(called, String.join(" or ", truth.canonical())),
                removeRunner(file, ref, ownMains, index)));
      }
    }
    for (Reference ref : file.unboundReferences()) {
      if (ref.usage() == Reference.Usage.CALL && truth.forbids().contains(ref.qualifiedName())) {
        violations.add(
            new Violation(
                file.path(),
                ref.span(),
                "calls %s() without importing %s; run tests through %s"
                    .formatted(
                        ref.qualifiedName(),
                        QualifiedNames.head(ref.qualifiedName()),
                        String.join(" or ", truth.canonical())),
                "%s names a module the file never imports: the call fails as it is"
                    .formatted(QualifiedNames.head(ref.qualifiedName()))));
      }
    }
    for (EntryPoint entry : ownMains) {
      violations.add(
          new Violation(
              file.path(),
              entry.span(),
              "test %s declares its own main entry point; run tests through %s"
                  .formatted(
                      QualifiedNames.simpleName(entry.owner()),
                      String.join(" or ", truth.canonical())),
              removeMain(file, entry, index)));
    }
    return violations;
  }

  /**
   * Removes a runner block that does nothing but this call, and the imports only it used; a runner
   * call inside a reported {@code main} goes with that method.
   */
  private Remedy removeRunner(
      FileFacts file, Reference ref, List<EntryPoint> mains, RepoIndex index) {
    for (RunnerBlock block : file.runnerBlocks()) {
      Span call = block.call();
      if (call.startLine() == ref.span().startLine()
          && call.startColumn() == ref.span().startColumn()) {
        return Remedy.of(
            new Fix(
                "remove the block that runs " + ref.text() + "()",
                FixEdits.removeBlock(file, block.span()),
                FixLevel.DECISION));
      }
    }
    return mains.stream()
        .filter(m -> FixEdits.contains(m.declaration(), ref.span()))
        .findFirst()
        .map(m -> removeMain(file, m, index))
        .orElseGet(
            () ->
                Remedy.none(
                    "the runner call is neither alone in an if __name__ == \"__main__\" block nor"
                        + " inside the main method of a test class"));
  }

  /**
   * Removes a test class's {@code main} method and the imports only it used, unless code elsewhere
   * calls it: then it is more than the test's own runner. A {@code main} of another class in a test
   * file (a sample application the test inspects) is left to a person.
   */
  private Remedy removeMain(FileFacts file, EntryPoint entry, RepoIndex index) {
    String owner = QualifiedNames.simpleName(entry.owner());
    if (!isTestClass(file, entry.owner(), index)) {
      return Remedy.none(
          "the main method of %s belongs to no test class: a sample application the test"
                  .formatted(owner)
              + " inspects is left to a person");
    }
    String main = entry.owner() + "." + MAIN;
    for (FileFacts other : index.files()) {
      for (Reference ref : other.references()) {
        if (ref.qualifiedName().equals(main)) {
          return Remedy.none(
              "%s's main method is called from %s: it is more than the test's own runner"
                  .formatted(owner, other.path()));
        }
      }
    }
    return Remedy.of(
        new Fix(
            "remove the main method of " + owner,
            FixEdits.removeBlock(file, entry.declaration()),
            FixLevel.DECISION));
  }

  private boolean isTestClass(FileFacts file, String qualifiedName, RepoIndex index) {
    for (ClassFact cls : file.classes()) {
      if (cls.qualifiedName().equals(qualifiedName)) {
        return testClasses.isTestClass(file, cls, index);
      }
    }
    return false;
  }
}
