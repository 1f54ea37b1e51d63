package dev.ssotgardener.lang.java;

import dev.ssotgardener.facts.ClassFact;
import dev.ssotgardener.facts.ImportFact;
import dev.ssotgardener.facts.Span;
import dev.ssotgardener.facts.Suppression;
import dev.ssotgardener.lang.LineMap;
import dev.ssotgardener.lang.NodeRanges;
import dev.ssotgardener.lang.ParsedFacts;
import dev.ssotgardener.lang.Suppressions;
import dev.ssotgardener.lang.SyntaxErrors;
import dev.ssotgardener.lang.TextRange;
import dev.ssotgardener.lang.java.JavaCaptures.TypeDecl;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Computes the facts of one Java text from its captures; no tree-sitter here, only offsets. */
final class JavaTextAnalyzer {
  private final String folder;
  private final JavaLayoutLookups paths;
  private final Suppressions suppressions = new Suppressions();
  private final SyntaxErrors syntaxErrors = new SyntaxErrors();

  JavaTextAnalyzer(String path, JavaLayoutLookups paths) {
    this.folder = JavaSourcePaths.folder(path);
    this.paths = paths;
  }

  /** The package a text declares, empty for the default package. */
  static String packageOf(JavaCaptures captures, String text) {
    return captures.packageName() == null
        ? ""
        : JavaSyntax.normalize(captures.packageName().of(text));
  }

  ParsedFacts analyze(JavaCaptures captures, LineMap lines) {
    String text = lines.text();
    String pkg = packageOf(captures, text);
    List<ImportFact> imports = JavaImports.of(captures, lines);
    JavaTypes types = new JavaTypes(captures, text, pkg);
    JavaNames names = names(captures, text, pkg, imports, types);
    List<ClassFact> classes = new ArrayList<>();
    JavaAnnotations annotations = new JavaAnnotations(captures, text, names);
    Map<String, Set<String>> methodAnnotations = annotations.ofMethods(captures, types);
    Set<String> defined = new LinkedHashSet<>();
    List<TextRange> sortedBases = new ArrayList<>(captures.bases());
    sortedBases.sort(Comparator.comparingInt(TextRange::start));
    NodeRanges<TextRange> code = codeRanges(captures);
    for (TypeDecl type : types.all) {
      String qualified = types.qualifiedName(type);
      List<String> bases = new ArrayList<>();
      List<Span> baseSpans = new ArrayList<>();
      for (TextRange base : bases(sortedBases, type)) {
        String name = JavaSyntax.typeName(base.of(text));
        if (!name.isEmpty()) {
          bases.add(names.typeName(name));
          baseSpans.add(lines.span(base.start(), base.end()));
        }
      }
      List<TypeDecl> enclosing = types.enclosing(type);
      TypeDecl outer = enclosing.isEmpty() ? null : enclosing.get(enclosing.size() - 1);
      ClassFact.Nesting nesting =
          outer == null
              ? ClassFact.Nesting.TOP_LEVEL
              : types.owner(type.node()) == outer && !inCode(code, outer, type)
                  ? ClassFact.Nesting.MEMBER
                  : ClassFact.Nesting.LOCAL;
      classes.add(
          new ClassFact(
              type.name().of(text),
              qualified,
              bases,
              type.kind(),
              lines.span(type.name().start(), type.name().end()),
              baseSpans,
              nesting,
              nesting == ClassFact.Nesting.MEMBER ? types.qualifiedName(outer) : "",
              annotations.within(type.node().start(), type.name().start()),
              List.copyOf(methodAnnotations.getOrDefault(qualified, Set.of())),
              false));
      if (enclosing.isEmpty()) {
        defined.add(type.name().of(text));
      }
    }
    return new ParsedFacts(
        imports,
        classes,
        JavaReferences.of(captures, lines, names),
        defined,
        paths.hasOtherJvmSources(folder),
        suppressions(captures, lines),
        syntaxErrors.of(captures.errors(), captures.missing(), lines),
        List.of(),
        JavaEntryPoints.of(captures, lines, types),
        List.of(),
        List.of());
  }

  private JavaNames names(
      JavaCaptures captures, String text, String pkg, List<ImportFact> imports, JavaTypes types) {
    Map<String, String> fileTypes = new HashMap<>();
    for (TypeDecl type : types.all) {
      fileTypes.putIfAbsent(type.name().of(text), types.qualifiedName(type));
    }
    Map<String, String> singleImports = new HashMap<>();
    Map<String, String> staticMembers = new HashMap<>();
    List<String> typeWildcards = new ArrayList<>();
    List<String> staticWildcards = new ArrayList<>();
    for (ImportFact imp : imports) {
      if (imp.wildcard()) {
        (imp.isStatic() ? staticWildcards : typeWildcards).add(imp.target());
      } else {
        (imp.isStatic() ? staticMembers : singleImports).putIfAbsent(imp.localName(), imp.target());
      }
    }
    Set<String> locals = new HashSet<>();
    captures.locals().forEach(r -> locals.add(r.of(text)));
    Set<String> methods = new HashSet<>();
    captures.methods().forEach(m -> methods.add(m.name().of(text)));
    return new JavaNames(
        pkg,
        folder,
        paths,
        fileTypes,
        singleImports,
        staticMembers,
        typeWildcards,
        staticWildcards,
        locals,
        methods);
  }

  /** The suppressions of comments and of {@code @SuppressWarnings}, in line order. */
  private List<Suppression> suppressions(JavaCaptures captures, LineMap lines) {
    List<Suppression> out = new ArrayList<>(suppressions.inComments(captures.comments(), lines));
    out.addAll(JavaSuppressWarnings.of(captures, lines));
    out.sort(Comparator.comparingInt((Suppression s) -> s.span().startLine()));
    return out;
  }

  /**
   * Whether {@code type}, held in the body of {@code outer}, sits in code there: a method or
   * constructor body or an initializer block, where it is a local class.
   */
  private static boolean inCode(NodeRanges<TextRange> code, TypeDecl outer, TypeDecl type) {
    // The innermost code around the type is inside the outer body if any such code is.
    TextRange innermost = code.innermost(type.node());
    return innermost != null && outer.body().contains(innermost);
  }

  /** Method declarations and code bodies: where a type declared is a local class. */
  private static NodeRanges<TextRange> codeRanges(JavaCaptures captures) {
    List<TextRange> code = new ArrayList<>(captures.codeBodies());
    captures.methods().forEach(method -> code.add(method.node()));
    return new NodeRanges<>(code, range -> range);
  }

  /** The bases written in the header of {@code type}, from all bases sorted by start. */
  private static List<TextRange> bases(List<TextRange> sorted, TypeDecl type) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted.get(mid).start() < type.node().start()) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    List<TextRange> out = new ArrayList<>();
    for (int i = low; i < sorted.size() && sorted.get(i).start() < type.body().start(); i++) {
      if (sorted.get(i).end() <= type.body().start()) {
        out.add(sorted.get(i));
      }
    }
    return out;
  }
}
