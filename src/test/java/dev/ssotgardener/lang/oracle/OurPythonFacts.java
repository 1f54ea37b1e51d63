package dev.ssotgardener.lang.oracle;

import dev.ssotgardener.facts.Alias;
import dev.ssotgardener.facts.ClassFact;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.ImportFact;
import dev.ssotgardener.facts.Reference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
          type.bases().stream()
              .map(b -> "'" + asWritten(b, facts.aliases()) + "'")
              .collect(Collectors.joining(", ", "[", "]"));
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
    // Our front end follows module-level aliases (`_environ = os.environ`): the binding and the
    // chains through it are uses of the aliased name. The oracle resolves through imports only.
    Set<String> aliases = facts.aliases().stream().map(Alias::name).collect(Collectors.toSet());
    for (Reference ref : facts.references()) {
      if (aliases.contains(withoutBlanks(ref.text()).split("\\.", 2)[0])) {
        continue;
      }
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

  /**
   * A base as the file wrote it when it came through a module-level alias ({@code x1 = os.path};
   * {@code class C(x1.X)}): our front end follows the alias, the oracle shows the name written.
   */
  private static String asWritten(String base, List<Alias> aliases) {
    return aliases.stream()
        .filter(a -> base.equals(a.target()) || base.startsWith(a.target() + "."))
        .max(Comparator.comparingInt(a -> a.target().length()))
        .map(a -> a.name() + base.substring(a.target().length()))
        .orElse(base);
  }

  private static String pyBool(boolean value) {
    return value ? "True" : "False";
  }

  /** A chain as written may hold blanks, line continuations and comments between its parts. */
  static String withoutBlanks(String chain) {
    return chain.replaceAll("#[^\\n]*", "").replaceAll("[\\s\\\\]", "");
  }
}
