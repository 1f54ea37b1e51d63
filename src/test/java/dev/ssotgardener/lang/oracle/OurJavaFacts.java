package dev.ssotgardener.lang.oracle;

import dev.ssotgardener.facts.ClassFact;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.ImportFact;
import dev.ssotgardener.facts.Reference;
import dev.ssotgardener.facts.Reference.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Our Java front end's facts, printed as {@link JavacFacts} prints the oracle's. */
final class OurJavaFacts {
  /**
   * Calls: every call we report is a call javac sees ({@code call}); every call that resolves
   * whatever the repository holds is reported ({@code call!}), to what the file alone decides
   * ({@code callq}). Annotations are references among others, so only one way.
   */
  static final Agreement AGREEMENT =
      new Agreement(
          Map.of(
              "import", Agreement.Direction.EXACT,
              "type", Agreement.Direction.EXACT,
              "call", Agreement.Direction.OURS_IN_ORACLE,
              "call!", Agreement.Direction.ORACLE_IN_OURS,
              "callq", Agreement.Direction.ORACLE_IN_OURS,
              "new", Agreement.Direction.EXACT,
              "annotation", Agreement.Direction.ORACLE_IN_OURS));

  private OurJavaFacts() {}

  /** Annotations are compared by simple name: how they resolve depends on the repository. */
  private static List<String> simpleNames(List<String> qualified) {
    return qualified.stream().map(n -> n.substring(n.lastIndexOf('.') + 1)).toList();
  }

  static List<Fact> of(FileFacts facts) {
    List<Fact> out = new ArrayList<>();
    for (ImportFact imp : facts.imports()) {
      out.add(
          new Fact(
              imp.span().startLine(),
              "import",
              (imp.isStatic() ? "static " : "") + imp.target() + (imp.wildcard() ? ".*" : "")));
    }
    for (ClassFact type : facts.classes()) {
      List<String> bases = simpleNames(type.bases());
      String nesting =
          type.nesting() == ClassFact.Nesting.MEMBER
              ? "MEMBER in " + type.enclosingClass()
              : type.nesting().name();
      out.add(
          new Fact(
              type.span().startLine(),
              "type",
              type.qualifiedName()
                  + " "
                  + type.kind()
                  + " bases="
                  + bases
                  + " "
                  + nesting
                  + " @"
                  + simpleNames(type.annotations())
                  + " methods@"
                  + List.copyOf(new TreeSet<>(simpleNames(type.methodAnnotations())))));
    }
    for (Reference ref : facts.references()) {
      String at = ref.span().startColumn() + " " + ref.text();
      int line = ref.span().startLine();
      if (ref.usage() == Usage.CALL) {
        out.add(new Fact(line, "call", at));
        out.add(new Fact(line, "call!", at));
        out.add(new Fact(line, "callq", at + " -> " + ref.qualifiedName()));
      } else if (ref.usage() == Usage.NEW) {
        out.add(new Fact(line, "new", at));
      } else if (ref.usage() == Usage.USE) {
        out.add(new Fact(line, "annotation", at));
      }
    }
    return out;
  }
}
