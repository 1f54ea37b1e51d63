package dev.ssotgardener.facts;

import java.util.List;
import java.util.Set;

/**
 * Everything the rules know about one file. Rules never see a syntax tree, only this.
 *
 * @param path repository-relative, {@code /}-separated
 * @param module the dotted module (Python) or package (Java) name; empty for plain text
 * @param definedNames names bound at module level (classes, functions, assignments, imports)
 * @param dynamicNamespace the module can bind names we cannot see ({@code import *}, a module
 *     {@code __getattr__}), so a missing name is not proof of a dangling import
 * @param syntaxErrors errors not explained by conflict markers: when non-empty the file is
 *     unparsable
 * @param runnerBlocks blocks that only start the file's own runner ({@code if __name__ ==
 *     "__main__": unittest.main()})
 * @param entryPoints program entry points declared in the file (Java {@code main} methods)
 * @param layout what the facts assumed about which other files exist (Java: whether a folder or
 *     package holds a type), each with its answer; cached facts are reused only where the answers
 *     still hold
 * @param testConfigs the test framework settings a configuration file declares (none in source
 *     files)
 * @param unboundReferences dotted chains whose head the file binds nowhere (no import, assignment,
 *     definition or parameter of that name: {@code unittest.main()} without {@code import
 *     unittest}), each named by the chain as written; kept apart from {@code references}, which all
 *     resolve
 * @param aliases module-level names bound to other qualified names by assignment, in source order
 */
public record FileFacts(
    String path,
    Language language,
    String module,
    List<ImportFact> imports,
    List<ClassFact> classes,
    List<Reference> references,
    Set<String> definedNames,
    boolean dynamicNamespace,
    List<ConflictBlock> conflicts,
    List<BrokenMarker> brokenMarkers,
    List<Suppression> suppressions,
    List<SyntaxError> syntaxErrors,
    List<RunnerBlock> runnerBlocks,
    List<EntryPoint> entryPoints,
    List<String> layout,
    List<TestConfig> testConfigs,
    List<Reference> unboundReferences,
    List<Alias> aliases) {
  public FileFacts {
    aliases = List.copyOf(aliases);
    layout = List.copyOf(layout);
    testConfigs = List.copyOf(testConfigs);
    unboundReferences = List.copyOf(unboundReferences);
    entryPoints = List.copyOf(entryPoints);
    runnerBlocks = List.copyOf(runnerBlocks);
    imports = List.copyOf(imports);
    classes = List.copyOf(classes);
    references = List.copyOf(references);
    definedNames = Set.copyOf(definedNames);
    conflicts = List.copyOf(conflicts);
    brokenMarkers = List.copyOf(brokenMarkers);
    suppressions = List.copyOf(suppressions);
    syntaxErrors = List.copyOf(syntaxErrors);
  }

  /** Facts of a file that binds no aliases. */
  public FileFacts(
      String path,
      Language language,
      String module,
      List<ImportFact> imports,
      List<ClassFact> classes,
      List<Reference> references,
      Set<String> definedNames,
      boolean dynamicNamespace,
      List<ConflictBlock> conflicts,
      List<BrokenMarker> brokenMarkers,
      List<Suppression> suppressions,
      List<SyntaxError> syntaxErrors,
      List<RunnerBlock> runnerBlocks,
      List<EntryPoint> entryPoints,
      List<String> layout) {
    this(
        path,
        language,
        module,
        imports,
        classes,
        references,
        definedNames,
        dynamicNamespace,
        conflicts,
        brokenMarkers,
        suppressions,
        syntaxErrors,
        runnerBlocks,
        entryPoints,
        layout,
        List.of(),
        List.of(),
        List.of());
  }

  /** The same facts under another path (a file seen from another folder). */
  public FileFacts withPath(String newPath) {
    return new FileFacts(
        newPath,
        language,
        module,
        imports,
        classes,
        references,
        definedNames,
        dynamicNamespace,
        conflicts,
        brokenMarkers,
        suppressions,
        syntaxErrors,
        runnerBlocks,
        entryPoints,
        layout,
        testConfigs,
        unboundReferences,
        aliases);
  }

  /** Facts of a file without runner blocks or entry points. */
  public FileFacts(
      String path,
      Language language,
      String module,
      List<ImportFact> imports,
      List<ClassFact> classes,
      List<Reference> references,
      Set<String> definedNames,
      boolean dynamicNamespace,
      List<ConflictBlock> conflicts,
      List<BrokenMarker> brokenMarkers,
      List<Suppression> suppressions,
      List<SyntaxError> syntaxErrors) {
    this(
        path,
        language,
        module,
        imports,
        classes,
        references,
        definedNames,
        dynamicNamespace,
        conflicts,
        brokenMarkers,
        suppressions,
        syntaxErrors,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  /** Facts of a file no front end parses: only its conflict markers matter. */
  public static FileFacts text(
      String path, List<ConflictBlock> conflicts, List<BrokenMarker> brokenMarkers) {
    return text(path, conflicts, brokenMarkers, List.of());
  }

  /** Facts of a configuration file: its conflict markers and the test settings it declares. */
  public static FileFacts text(
      String path,
      List<ConflictBlock> conflicts,
      List<BrokenMarker> brokenMarkers,
      List<TestConfig> testConfigs) {
    return new FileFacts(
        path,
        Language.TEXT,
        "",
        List.of(),
        List.of(),
        List.of(),
        Set.of(),
        false,
        conflicts,
        brokenMarkers,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        testConfigs,
        List.of(),
        List.of());
  }

  public boolean parsed() {
    return language != Language.TEXT && syntaxErrors.isEmpty();
  }
}
