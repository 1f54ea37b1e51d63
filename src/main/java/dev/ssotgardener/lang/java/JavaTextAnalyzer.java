package dev.ssotgardener.lang.java;

import dev.ssotgardener.facts.ClassFact;
import dev.ssotgardener.facts.EntryPoint;
import dev.ssotgardener.facts.ImportFact;
import dev.ssotgardener.facts.Reference;
import dev.ssotgardener.facts.Reference.Usage;
import dev.ssotgardener.facts.Span;
import dev.ssotgardener.lang.LineMap;
import dev.ssotgardener.lang.ParsedFacts;
import dev.ssotgardener.lang.Suppressions;
import dev.ssotgardener.lang.SyntaxErrors;
import dev.ssotgardener.lang.TextRange;
import dev.ssotgardener.lang.java.JavaCaptures.Call;
import dev.ssotgardener.lang.java.JavaCaptures.Creation;
import dev.ssotgardener.lang.java.JavaCaptures.Method;
import dev.ssotgardener.lang.java.JavaCaptures.TypeDecl;
import dev.ssotgardener.lang.java.JavaSyntax.ImportText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Computes the facts of one Java text from its captures; no tree-sitter here, only offsets. */
final class JavaTextAnalyzer {
  private static final Pattern LEADING_ANNOTATIONS =
      Pattern.compile("(?:\\s*@\\s*[\\p{L}_$][\\p{L}\\p{N}_$.]*(?:\\s*\\([^()]*\\))?)+");
  private static final Pattern WORD_PUBLIC = Pattern.compile("\\bpublic\\b");
  private static final Pattern WORD_STATIC = Pattern.compile("\\bstatic\\b");
  private static final Pattern MAIN_PARAMETERS =
      Pattern.compile(
          "\\((final)?(java\\.lang\\.)?String(\\[]|\\.\\.\\.)[\\p{L}\\p{N}_$]+(\\[])?\\)");

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
    List<ImportFact> imports = imports(captures, lines);
    Types types = new Types(captures, text, pkg);
    JavaNames names = names(captures, text, pkg, imports, types);
    List<ClassFact> classes = new ArrayList<>();
    Annotations annotations = new Annotations(captures, text, names);
    Map<String, Set<String>> methodAnnotations = new HashMap<>();
    List<EntryPoint> entryPoints = new ArrayList<>();
    methods(captures, lines, annotations, types, methodAnnotations, entryPoints);
    Set<String> defined = new LinkedHashSet<>();
    for (TypeDecl type : types.all) {
      String qualified = types.qualifiedName(type);
      List<String> bases = new ArrayList<>();
      List<Span> baseSpans = new ArrayList<>();
      for (TextRange base : captures.bases()) {
        if (type.node().start() <= base.start() && base.end() <= type.body().start()) {
          String name = JavaSyntax.typeName(base.of(text));
          if (!name.isEmpty()) {
            bases.add(names.typeName(name));
            baseSpans.add(lines.span(base.start(), base.end()));
          }
        }
      }
      List<TypeDecl> enclosing = types.enclosing(type);
      TypeDecl outer = enclosing.isEmpty() ? null : enclosing.get(enclosing.size() - 1);
      ClassFact.Nesting nesting =
          outer == null
              ? ClassFact.Nesting.TOP_LEVEL
              : types.owner(type.node()) == outer && !inCode(captures, outer, type)
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
        references(captures, lines, names),
        defined,
        paths.hasOtherJvmSources(folder),
        suppressions.inComments(captures.comments(), lines),
        syntaxErrors.of(captures.errors(), captures.missing(), lines),
        List.of(),
        entryPoints,
        List.of(),
        List.of());
  }

  private static List<ImportFact> imports(JavaCaptures captures, LineMap lines) {
    String text = lines.text();
    List<ImportFact> out = new ArrayList<>();
    for (TextRange declaration : captures.imports()) {
      ImportText imp = JavaSyntax.importText(declaration.of(text));
      if (imp == null) {
        continue;
      }
      Span span = lines.span(declaration.start(), declaration.end());
      String name = imp.name();
      if (imp.wildcard()) {
        out.add(new ImportFact(name, name, null, null, null, true, false, imp.isStatic(), span));
        continue;
      }
      int dot = name.lastIndexOf('.');
      String owner = dot < 0 ? "" : name.substring(0, dot);
      String simple = name.substring(dot + 1);
      // A static member's owner is a class; its methods and fields are not indexed.
      String member = imp.isStatic() ? null : simple;
      out.add(
          new ImportFact(name, owner, member, simple, name, false, false, imp.isStatic(), span));
    }
    out.sort(
        Comparator.comparingInt((ImportFact f) -> f.span().startLine())
            .thenComparingInt(f -> f.span().startColumn()));
    return out;
  }

  private JavaNames names(
      JavaCaptures captures, String text, String pkg, List<ImportFact> imports, Types types) {
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

  /** Collects the annotations of each type's methods, by owner, and {@code main} entry points. */
  private static void methods(
      JavaCaptures captures,
      LineMap lines,
      Annotations annotations,
      Types types,
      Map<String, Set<String>> methodAnnotations,
      List<EntryPoint> entryPoints) {
    String text = lines.text();
    for (Method method : captures.methods()) {
      TypeDecl owner = types.owner(method.node());
      if (owner == null) {
        continue;
      }
      String ownerName = types.qualifiedName(owner);
      TextRange modifiers = method.modifiers();
      // javac reads every annotation before the return type as the method's, also one after the
      // type parameters (`<T> @Nullable T m()`), which tree-sitter puts outside the modifiers
      int from = modifiers == null ? method.node().start() : modifiers.start();
      methodAnnotations
          .computeIfAbsent(ownerName, k -> new TreeSet<>())
          .addAll(annotations.within(from, leadingAnnotationsEnd(text, method.type())));
      String modifierText = modifiers == null ? "" : modifiers.of(text);
      if (method.name().of(text).equals("main")
          && method.type().of(text).equals("void")
          && WORD_PUBLIC.matcher(modifierText).find()
          && WORD_STATIC.matcher(modifierText).find()
          && MAIN_PARAMETERS
              .matcher(JavaSyntax.normalize(method.parameters().of(text)))
              .matches()) {
        int start = method.node().start();
        while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
          start--;
        }
        entryPoints.add(
            new EntryPoint(
                ownerName,
                lines.span(method.name().start(), method.name().end()),
                lines.span(start, method.node().end())));
      }
    }
  }

  /**
   * Whether {@code type}, held in the body of {@code outer}, sits in code there: a method or
   * constructor body or an initializer block, where it is a local class.
   */
  private static boolean inCode(JavaCaptures captures, TypeDecl outer, TypeDecl type) {
    for (Method method : captures.methods()) {
      if (outer.body().contains(method.node()) && method.node().contains(type.node())) {
        return true;
      }
    }
    for (TextRange code : captures.codeBodies()) {
      if (outer.body().contains(code) && code.contains(type.node())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the annotations heading a method's return type end: {@code public @Nullable String m()}
   * annotates the method for javac, while tree-sitter reads the annotation as part of the type.
   */
  private static int leadingAnnotationsEnd(String text, TextRange type) {
    Matcher leading = LEADING_ANNOTATIONS.matcher(type.of(text));
    return leading.lookingAt() ? type.start() + leading.end() : type.start();
  }

  /** The annotations of one text, sorted by position, with their names resolved. */
  private static final class Annotations {
    private final List<TextRange> sorted;
    private final int[] starts;
    private final String text;
    private final JavaNames names;

    Annotations(JavaCaptures captures, String text, JavaNames names) {
      List<TextRange> all = new ArrayList<>(captures.annotations());
      all.sort(Comparator.comparingInt(TextRange::start));
      this.sorted = all;
      this.starts = all.stream().mapToInt(TextRange::start).toArray();
      this.text = text;
      this.names = names;
    }

    /** The qualified names of the annotations starting in {@code [from, to)}, in order. */
    List<String> within(int from, int to) {
      List<String> out = new ArrayList<>();
      int at = Arrays.binarySearch(starts, from);
      int depth = 0;
      int scanned = from;
      for (int i = at >= 0 ? at : -at - 1; i < starts.length && starts[i] < to; i++) {
        depth = parenthesesDepth(depth, scanned, starts[i]);
        scanned = starts[i];
        // one inside another's arguments (`@ComponentScan(excludeFilters = @Filter(...))`) is a
        // value
        if (depth == 0) {
          out.add(names.typeName(JavaSyntax.normalize(sorted.get(i).of(text))));
        }
      }
      return out;
    }

    /** The parentheses depth at {@code to}, being {@code depth} at {@code from}; skips literals. */
    private int parenthesesDepth(int depth, int from, int to) {
      for (int c = from; c < to; c++) {
        char ch = text.charAt(c);
        if (ch == '"' || ch == '\'') {
          for (c++; c < to && text.charAt(c) != ch; c++) {
            c += text.charAt(c) == '\\' ? 1 : 0;
          }
        } else if (ch == '(') {
          depth++;
        } else if (ch == ')') {
          depth--;
        }
      }
      return depth;
    }
  }

  /**
   * Calls, field chains, constructions and annotations whose names resolve. Of the chains that
   * start at one offset only the longest counts: {@code System.out.println} and not {@code
   * System.out}.
   */
  private static List<Reference> references(JavaCaptures captures, LineMap lines, JavaNames names) {
    String text = lines.text();
    TreeMap<Integer, Chain> chains = new TreeMap<>();
    for (TextRange field : captures.fieldAccesses()) {
      String written = JavaSyntax.normalize(field.of(text));
      if (JavaSyntax.isDottedName(written)) {
        longest(chains, field.start(), new Chain(field.end(), written, Usage.USE, null));
      }
    }
    List<Reference> out = new ArrayList<>();
    for (Call call : captures.calls()) {
      String name = call.name().of(text);
      if (call.object() == null) {
        String qualified = names.call(name);
        if (qualified != null) {
          out.add(
              new Reference(
                  qualified,
                  Usage.CALL,
                  name,
                  lines.span(call.name().start(), call.name().end()),
                  lines.span(call.node().start(), call.node().end()),
                  arguments(text, call)));
        }
        continue;
      }
      String object = JavaSyntax.normalize(call.object().of(text));
      if (JavaSyntax.isDottedName(object)) {
        longest(
            chains,
            call.object().start(),
            new Chain(call.name().end(), object + "." + name, Usage.CALL, call));
      }
    }
    chains.forEach(
        (start, chain) -> {
          String qualified = names.expression(chain.written());
          if (qualified != null) {
            Span span = lines.span(start, chain.end());
            out.add(
                chain.call() == null
                    ? new Reference(qualified, chain.usage(), chain.written(), span)
                    : new Reference(
                        qualified,
                        chain.usage(),
                        chain.written(),
                        span,
                        lines.span(start, chain.call().node().end()),
                        arguments(text, chain.call())));
          }
        });
    importedTypeUses(captures, lines, names, out);
    for (Creation creation : captures.creations()) {
      String type = JavaSyntax.typeName(creation.type().of(text));
      if (!type.isEmpty()) {
        out.add(
            new Reference(
                names.typeName(type),
                Usage.NEW,
                type,
                lines.span(creation.node().start(), creation.type().end())));
      }
    }
    for (TextRange annotation : captures.annotations()) {
      String written = JavaSyntax.normalize(annotation.of(text));
      out.add(
          new Reference(
              names.typeName(written),
              Usage.USE,
              written,
              lines.span(annotation.start(), annotation.end())));
    }
    out.sort(
        Comparator.comparingInt((Reference r) -> r.span().startLine())
            .thenComparingInt(r -> r.span().startColumn()));
    return out;
  }

  /**
   * Type names and method-reference heads that come in through an import or are written fully
   * qualified: with them every use of an imported name is a reference, so a fix can tell an unused
   * import. Of nested type names only the longest counts ({@code a.b.C}, not {@code a}).
   */
  private static void importedTypeUses(
      JavaCaptures captures, LineMap lines, JavaNames names, List<Reference> out) {
    String text = lines.text();
    // `new T(...)` is already a reference of its own
    Set<Integer> creations = new HashSet<>();
    captures.creations().forEach(c -> creations.add(c.type().start()));
    TreeMap<Integer, Chain> types = new TreeMap<>();
    for (TextRange use : captures.typeUses()) {
      String written = JavaSyntax.typeName(use.of(text));
      if (!written.isEmpty()) {
        longest(types, use.start(), new Chain(use.end(), written, Usage.USE, null));
      }
    }
    for (TextRange head : captures.methodReferences()) {
      String written = head.of(text);
      if (names.expression(written) != null) {
        longest(types, head.start(), new Chain(head.end(), written, Usage.USE, null));
      }
    }
    types.forEach(
        (start, chain) -> {
          String head = JavaNames.head(chain.written());
          boolean imported = names.singleImports().containsKey(head);
          boolean qualified = !imported && chain.written().contains(".") && !isUpper(head);
          if ((imported || qualified) && !creations.contains(start)) {
            out.add(
                new Reference(
                    names.typeName(chain.written()),
                    Usage.USE,
                    chain.written(),
                    lines.span(start, chain.end())));
          }
        });
  }

  private static boolean isUpper(String name) {
    return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
  }

  /** The text between a call's parentheses. */
  private static String arguments(String text, Call call) {
    int open = text.indexOf('(', call.name().end());
    int close = call.node().end() - 1;
    return open < 0 || close <= open || text.charAt(close) != ')'
        ? ""
        : text.substring(open + 1, close);
  }

  private static void longest(TreeMap<Integer, Chain> chains, int start, Chain chain) {
    Chain existing = chains.get(start);
    if (existing == null || chain.end() > existing.end()) {
      chains.put(start, chain);
    }
  }

  /**
   * A dotted chain ending at {@code end}, as written without blanks; {@code call} is the invocation
   * it names, or null.
   */
  private record Chain(int end, String written, Usage usage, Call call) {}

  /** The named types of one text, their nesting, and the class bodies methods belong to. */
  private static final class Types {
    private final List<TypeDecl> all;
    private final List<TextRange> anonymousBodies;
    private final Map<TypeDecl, String> qualifiedNames = new HashMap<>();

    Types(JavaCaptures captures, String text, String pkg) {
      List<TypeDecl> sorted = new ArrayList<>(captures.types());
      sorted.sort(Comparator.comparingInt((TypeDecl t) -> t.node().start()));
      this.all = List.copyOf(sorted);
      this.anonymousBodies = captures.anonymousBodies();
      for (TypeDecl type : all) {
        StringBuilder name = new StringBuilder(pkg);
        for (TypeDecl outer : enclosing(type)) {
          append(name, outer.name().of(text));
        }
        qualifiedNames.put(type, append(name, type.name().of(text)).toString());
      }
    }

    private static StringBuilder append(StringBuilder out, String part) {
      return (out.length() == 0 ? out : out.append('.')).append(part);
    }

    String qualifiedName(TypeDecl type) {
      return qualifiedNames.get(type);
    }

    /** The types whose bodies contain {@code type}, outermost first. */
    List<TypeDecl> enclosing(TypeDecl type) {
      List<TypeDecl> out = new ArrayList<>();
      for (TypeDecl outer : all) {
        if (outer.node().start() > type.node().start()) {
          break;
        }
        if (outer != type && outer.body().contains(type.node())) {
          out.add(outer);
        }
      }
      return out;
    }

    /** The named type whose body directly holds {@code member}; null inside an anonymous class. */
    TypeDecl owner(TextRange member) {
      TypeDecl owner = null;
      for (TypeDecl type : all) {
        if (type.node().start() > member.start()) {
          break;
        }
        if (type.body().contains(member)) {
          owner = type;
        }
      }
      if (owner == null) {
        return null;
      }
      for (TextRange body : anonymousBodies) {
        if (body.contains(member) && owner.body().contains(body)) {
          return null;
        }
      }
      return owner;
    }
  }
}
