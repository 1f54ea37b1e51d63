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
 * @param entryPoints program entry points declared in the file (Java {@code main} methods)
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
    List<EntryPoint> entryPoints) {
  public FileFacts {
    imports = List.copyOf(imports);
    classes = List.copyOf(classes);
    references = List.copyOf(references);
    definedNames = Set.copyOf(definedNames);
    conflicts = List.copyOf(conflicts);
    brokenMarkers = List.copyOf(brokenMarkers);
    suppressions = List.copyOf(suppressions);
    syntaxErrors = List.copyOf(syntaxErrors);
    entryPoints = List.copyOf(entryPoints);
  }

  /** Facts of a language without entry-point declarations (Python starts runners by calls). */
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
        List.of());
  }

  /** Facts of a file no front end parses: only its conflict markers matter. */
  public static FileFacts text(
      String path, List<ConflictBlock> conflicts, List<BrokenMarker> brokenMarkers) {
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
        List.of());
  }

  public boolean parsed() {
    return language != Language.TEXT && syntaxErrors.isEmpty();
  }
}
