package dev.ssotgardener.lang;

import dev.ssotgardener.facts.Alias;
import dev.ssotgardener.facts.ClassFact;
import dev.ssotgardener.facts.EntryPoint;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.ImportFact;
import dev.ssotgardener.facts.Language;
import dev.ssotgardener.facts.Reference;
import dev.ssotgardener.facts.RunnerBlock;
import dev.ssotgardener.facts.Suppression;
import dev.ssotgardener.facts.SyntaxError;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The facts of one parsed text: a whole file, or one side of a conflicted file, before the file's
 * path, module and conflict blocks are added. Runner blocks and unbound references are Python's,
 * entry points Java's.
 */
public record ParsedFacts(
    List<ImportFact> imports,
    List<ClassFact> classes,
    List<Reference> references,
    Set<String> definedNames,
    boolean dynamicNamespace,
    List<Suppression> suppressions,
    List<SyntaxError> syntaxErrors,
    List<RunnerBlock> runnerBlocks,
    List<EntryPoint> entryPoints,
    List<Reference> unboundReferences,
    List<Alias> aliases) {
  public ParsedFacts {
    unboundReferences = List.copyOf(unboundReferences);
    aliases = List.copyOf(aliases);
    imports = List.copyOf(imports);
    classes = List.copyOf(classes);
    references = List.copyOf(references);
    definedNames = Set.copyOf(definedNames);
    suppressions = List.copyOf(suppressions);
    syntaxErrors = List.copyOf(syntaxErrors);
    runnerBlocks = List.copyOf(runnerBlocks);
    entryPoints = List.copyOf(entryPoints);
  }

  /**
   * Both sides of a conflicted file together, equal facts once. The file parses when either side
   * does; otherwise the errors are those of {@code this} side.
   */
  public ParsedFacts union(ParsedFacts other) {
    return new ParsedFacts(
        union(imports, other.imports),
        union(classes, other.classes),
        union(references, other.references),
        new LinkedHashSet<>(union(List.copyOf(definedNames), List.copyOf(other.definedNames))),
        dynamicNamespace || other.dynamicNamespace,
        union(suppressions, other.suppressions),
        syntaxErrors.isEmpty() || other.syntaxErrors.isEmpty() ? List.of() : syntaxErrors,
        union(runnerBlocks, other.runnerBlocks),
        union(entryPoints, other.entryPoints),
        union(unboundReferences, other.unboundReferences),
        union(aliases, other.aliases));
  }

  /**
   * The file's facts: these, with the file's path, language, module, conflict scan and the layout
   * questions its analysis asked ({@link FileFacts#layout}).
   */
  public FileFacts toFile(
      String path, Language language, String module, ConflictScan scan, List<String> layout) {
    return new FileFacts(
        path,
        language,
        module,
        imports,
        classes,
        references,
        definedNames,
        dynamicNamespace,
        scan.blocks(),
        scan.broken(),
        suppressions,
        syntaxErrors,
        runnerBlocks,
        entryPoints,
        layout,
        List.of(),
        unboundReferences,
        aliases);
  }

  private static <T> List<T> union(List<T> a, List<T> b) {
    return List.copyOf(new LinkedHashSet<>(Stream.concat(a.stream(), b.stream()).toList()));
  }
}
