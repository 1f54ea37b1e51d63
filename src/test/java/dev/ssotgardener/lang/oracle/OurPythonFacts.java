package dev.ssotgardener.lang.oracle;

import dev.ssotgardener.facts.ClassFact;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.ImportFact;
import dev.ssotgardener.facts.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Our Python front end's facts, printed as {@code python_facts.py} prints the oracle's. */
final class OurPythonFacts {
  static final Agreement AGREEMENT =
      new Agreement(
          Map.of(
              "import", Agreement.Direction.EXACT,
              "class", Agreement.Direction.EXACT,
              "ref", Agreement.Direction.EXACT,
              "defined", Agreement.Direction.EXACT));

  private OurPythonFacts() {}

  static List<Fact> of(FileFacts facts) {
    List<Fact> out = new ArrayList<>();
    for (ImportFact imp : facts.imports()) {
      String name = imp.wildcard() ? imp.target() + ".*" : imp.target() + " as " + imp.localName();
      out.add(
          new Fact(imp.span().startLine(), "import", name + " guarded=" + pyBool(imp.guarded())));
    }
    for (ClassFact type : facts.classes()) {
      String bases =
          type.bases().stream().map(b -> "'" + b + "'").collect(Collectors.joining(", ", "[", "]"));
      String nesting =
          type.nesting() == ClassFact.Nesting.MEMBER
              ? "MEMBER in " + type.enclosingClass()
              : type.nesting().name();
      out.add(
          new Fact(
              type.span().startLine(),
              "class",
              type.qualifiedName()
                  + " bases="
                  + bases
                  + " "
                  + nesting
                  + " init="
                  + pyBool(type.declaresInitializer())));
    }
    for (Reference ref : facts.references()) {
      out.add(
          new Fact(
              ref.span().startLine(),
              "ref",
              ref.span().startColumn()
                  + " "
                  + ref.usage()
                  + " "
                  + withoutBlanks(ref.text())
                  + " -> "
                  + ref.qualifiedName()));
    }
    out.add(
        new Fact(0, "defined", String.join(" ", facts.definedNames().stream().sorted().toList())));
    return out;
  }

  private static String pyBool(boolean value) {
    return value ? "True" : "False";
  }

  /** A chain as written may hold blanks, line continuations and comments between its parts. */
  static String withoutBlanks(String chain) {
    return chain.replaceAll("#[^\\n]*", "").replaceAll("[\\s\\\\]", "");
  }
}
