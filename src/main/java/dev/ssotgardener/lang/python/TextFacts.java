package dev.ssotgardener.lang.python;

import dev.ssotgardener.facts.ClassFact;
import dev.ssotgardener.facts.ImportFact;
import dev.ssotgardener.facts.Reference;
import dev.ssotgardener.facts.RunnerBlock;
import dev.ssotgardener.facts.Suppression;
import dev.ssotgardener.facts.SyntaxError;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The facts of one parsed text: a whole file, or one side of a conflicted file. */
record TextFacts(
    List<ImportFact> imports,
    List<ClassFact> classes,
    List<Reference> references,
    Set<String> definedNames,
    boolean dynamicNamespace,
    List<Suppression> suppressions,
    List<SyntaxError> syntaxErrors,
    List<RunnerBlock> runnerBlocks) {

  /**
   * Both sides of a conflicted file together, equal facts once. The file parses when either side
   * does; otherwise the errors are those of {@code this} side.
   */
  TextFacts union(TextFacts other) {
    return new TextFacts(
        union(imports, other.imports),
        union(classes, other.classes),
        union(references, other.references),
        new LinkedHashSet<>(union(List.copyOf(definedNames), List.copyOf(other.definedNames))),
        dynamicNamespace || other.dynamicNamespace,
        union(suppressions, other.suppressions),
        syntaxErrors.isEmpty() || other.syntaxErrors.isEmpty() ? List.of() : syntaxErrors,
        union(runnerBlocks, other.runnerBlocks));
  }

  private static <T> List<T> union(List<T> a, List<T> b) {
    return List.copyOf(new LinkedHashSet<>(Stream.concat(a.stream(), b.stream()).toList()));
  }
}
