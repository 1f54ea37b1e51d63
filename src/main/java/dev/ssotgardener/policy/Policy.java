package dev.ssotgardener.policy;

import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded {@code ssot.yml}.
 *
 * @param source the file it came from; empty for the built-in policy used when there is none
 * @param checks the level of each built-in check; a check absent from the map is off
 * @param testCommand the project's test command ({@code test-command}), when the policy names one
 * @param compileCommand the command that compiles the project's Java sources ({@code
 *     compile-command}), which {@code ssot garden}'s startup check runs instead of compiling the
 *     changed files itself
 * @param testClassNames {@code test-class-names}: globs over simple class names that make a class a
 *     test class by its name alone, besides what the test frameworks run; none by default
 * @param exclude files no rule judges (generated, vendored, example trees); they are still read, so
 *     names defined there resolve
 * @param globSites every path glob the policy file writes, with where, to warn about one that
 *     matches no file
 * @param closedNamespaces namespace packages ({@code closed-namespaces}) that no other distribution
 *     extends, so a missing submodule of one is a dangling import; every other namespace package is
 *     open
 */
public record Policy(
    Optional<Path> source,
    GlobSet tests,
    GlobSet goldenPath,
    List<Truth> truths,
    Map<BuiltinCheck, Severity> checks,
    Optional<String> testCommand,
    Optional<String> compileCommand,
    GlobSet testClassNames,
    GlobSet exclude,
    List<GlobSite> globSites,
    List<String> closedNamespaces) {
  public Policy {
    globSites = List.copyOf(globSites);
    truths = List.copyOf(truths);
    checks = Map.copyOf(checks);
    closedNamespaces = List.copyOf(closedNamespaces);
  }

  /** A policy that declares no namespace package closed. */
  public Policy(
      Optional<Path> source,
      GlobSet tests,
      GlobSet goldenPath,
      List<Truth> truths,
      Map<BuiltinCheck, Severity> checks,
      Optional<String> testCommand,
      Optional<String> compileCommand) {
    this(source, tests, goldenPath, truths, checks, testCommand, compileCommand, GlobSet.none());
  }

  /** A policy that names no test or compile command. */
  public Policy(
      Optional<Path> source,
      GlobSet tests,
      GlobSet goldenPath,
      List<Truth> truths,
      Map<BuiltinCheck, Severity> checks) {
    this(
        source,
        tests,
        goldenPath,
        truths,
        checks,
        Optional.empty(),
        Optional.empty(),
        GlobSet.none());
  }

  /** A policy that excludes no file. */
  public Policy(
      Optional<Path> source,
      GlobSet tests,
      GlobSet goldenPath,
      List<Truth> truths,
      Map<BuiltinCheck, Severity> checks,
      Optional<String> testCommand,
      Optional<String> compileCommand,
      GlobSet testClassNames) {
    this(
        source,
        tests,
        goldenPath,
        truths,
        checks,
        testCommand,
        compileCommand,
        testClassNames,
        GlobSet.none(),
        List.of(),
        List.of());
  }

  /**
   * Warnings for the policy's globs that match none of {@code paths} (the repository's files,
   * repo-relative): a root-anchored {@code src/test/java/**} in a multi-module repository says
   * nothing and fails silently otherwise.
   */
  public List<String> unmatchedGlobWarnings(Collection<String> paths) {
    return globSites.stream()
        .filter(site -> site.matchesNone(paths))
        .map(GlobSite::unmatchedWarning)
        .toList();
  }

  /** The policy of a repository without {@code ssot.yml}: only the built-in checks, at defaults. */
  public static Policy builtinOnly() {
    return new Policy(Optional.empty(), GlobSet.none(), GlobSet.none(), List.of(), defaultChecks());
  }

  public static Map<BuiltinCheck, Severity> defaultChecks() {
    Map<BuiltinCheck, Severity> checks = new EnumMap<>(BuiltinCheck.class);
    for (BuiltinCheck check : BuiltinCheck.values()) {
      checks.put(check, check.defaultSeverity());
    }
    return checks;
  }

  public Optional<Severity> severityOf(BuiltinCheck check) {
    return Optional.ofNullable(checks.get(check));
  }

  /** Whether {@code id} names a truth or a built-in check, as a suppression must. */
  public boolean knowsId(String id) {
    return BuiltinCheck.fromId(id).isPresent() || truths.stream().anyMatch(t -> t.id().equals(id));
  }
}
