package dev.ssotgardener.lang.oracle;

import com.sun.source.tree.AnnotatedTypeTree;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.ssotgardener.lang.LineMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts of one javac tree. Which calls must resolve, and to what, follows the rules our front
 * end documents (javac's order without attribution: variables shadow types, then static imports,
 * the file's own types, single-type imports); only the certain cases are stated, since the rest
 * depends on the repository's other files.
 */
final class JavacFacts {
  private static final Pattern TYPE_KEYWORD =
      Pattern.compile("\\b(?:class|interface|enum|record)\\b");

  private final CompilationUnitTree unit;
  private final SourcePositions positions;
  private final String text;
  private final LineMap lines;
  private final String pkg;
  private final Map<String, String> singleImports = new HashMap<>();
  private final Map<String, String> staticMembers = new HashMap<>();
  private final List<String> typeWildcards = new ArrayList<>();
  private final List<String> staticWildcards = new ArrayList<>();
  private final Map<String, String> fileTypes = new HashMap<>();
  private final Set<String> variables = new HashSet<>();
  private final Set<String> methods = new HashSet<>();
  private final List<Fact> out = new ArrayList<>();

  JavacFacts(CompilationUnitTree unit, SourcePositions positions, String text) {
    this.unit = unit;
    this.positions = positions;
    this.text = text;
    this.lines = new LineMap(text);
    this.pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
  }

  List<Fact> facts() {
    for (ImportTree imp : unit.getImports()) {
      String name = dotted(imp.getQualifiedIdentifier());
      out.add(new Fact(line(imp), "import", (imp.isStatic() ? "static " : "") + name));
      boolean wildcard = name.endsWith(".*");
      String target = wildcard ? name.substring(0, name.length() - 2) : name;
      String simple = target.substring(target.lastIndexOf('.') + 1);
      if (wildcard) {
        (imp.isStatic() ? staticWildcards : typeWildcards).add(target);
      } else {
        (imp.isStatic() ? staticMembers : singleImports).putIfAbsent(simple, target);
      }
    }
    // declarations first: a name's meaning does not depend on where in the file it is declared
    new Declarations().scan(unit, null);
    new Uses().scan(unit, null);
    // javac copies a record's components into its fields, annotations and all: count them once
    return out.stream().distinct().toList();
  }

  private int line(Tree tree) {
    return lines.line((int) positions.getStartPosition(unit, tree));
  }

  private void add(Tree tree, String kind, String fact) {
    int start = (int) positions.getStartPosition(unit, tree);
    out.add(new Fact(lines.line(start), kind, lines.column(start) + " " + fact));
  }

  /** The named types enclosing the current path, outermost first; anonymous classes skipped. */
  private static List<String> enclosingNames(TreePath path) {
    List<String> names = new ArrayList<>();
    for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof ClassTree outer && !outer.getSimpleName().isEmpty()) {
        names.add(0, outer.getSimpleName().toString());
      }
    }
    return names;
  }

  /** Types, variables and methods declared anywhere in the file. */
  private final class Declarations extends TreePathScanner<Void, Void> {
    @Override
    public Void visitClass(ClassTree type, Void unused) {
      String name = type.getSimpleName().toString();
      if (!name.isEmpty()) {
        StringBuilder qualified = new StringBuilder(pkg);
        for (String outer : enclosingNames(getCurrentPath())) {
          append(qualified, outer);
        }
        append(qualified, name);
        fileTypes.putIfAbsent(name, qualified.toString());
        List<String> bases = new ArrayList<>();
        if (type.getExtendsClause() != null) {
          bases.add(simpleName(type.getExtendsClause()));
        }
        type.getImplementsClause().forEach(base -> bases.add(simpleName(base)));
        out.add(
            new Fact(
                nameLine(type, name),
                "type",
                qualified
                    + " "
                    + kind(type)
                    + " bases="
                    + bases
                    + " "
                    + nesting(getCurrentPath())
                    + " @"
                    + annotationNames(type.getModifiers().getAnnotations())
                    + " methods@"
                    + methodAnnotationNames(type)));
      }
      return super.visitClass(type, unused);
    }

    @Override
    public Void visitVariable(VariableTree variable, Void unused) {
      variables.add(variable.getName().toString());
      return super.visitVariable(variable, unused);
    }

    @Override
    public Void visitMethod(MethodTree method, Void unused) {
      methods.add(method.getName().toString());
      return super.visitMethod(method, unused);
    }
  }

  /** Calls, constructions and annotations. */
  private final class Uses extends TreePathScanner<Void, Void> {
    @Override
    public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
      Tree select = call.getMethodSelect();
      // `Iface.super.m()` calls Iface's m: our front end names it `Iface.m`, which is what it is
      String chain = dotted(select);
      chain = chain == null ? null : chain.replaceFirst("\\.super\\.(?=[^.]+$)", ".");
      if (chain != null) {
        String head = chain.contains(".") ? chain.substring(0, chain.indexOf('.')) : chain;
        boolean qualified = chain.contains(".");
        if (!head.equals("this")
            && !head.equals("super")
            && !(qualified && variables.contains(head))) {
          add(select, "call", chain);
          String resolved = qualified ? resolveChain(chain, head) : resolveCall(chain);
          if (qualified ? resolvesSurely(chain, head) : resolved != null) {
            add(select, "call!", chain);
          }
          if (resolved != null) {
            add(select, "callq", chain + " -> " + resolved);
          }
        }
      }
      return super.visitMethodInvocation(call, unused);
    }

    @Override
    public Void visitNewClass(NewClassTree creation, Void unused) {
      // javac writes an enum constant as a `new` of its enum: only a written `new` counts
      int start = (int) positions.getStartPosition(unit, creation);
      int type = (int) positions.getStartPosition(unit, creation.getIdentifier());
      if (start >= 0 && type > start && text.substring(start, type).contains("new")) {
        add(creation, "new", typeName(creation.getIdentifier()));
      }
      return super.visitNewClass(creation, unused);
    }

    @Override
    public Void visitAnnotation(AnnotationTree annotation, Void unused) {
      // Known gap: our front end blanks annotations before a varargs `...` (tree-sitter-java
      // 0.23.5 cannot parse them, JavaSyntax.withoutVarargAnnotations), so it cannot see them.
      int end = (int) positions.getEndPosition(unit, annotation);
      if (end > 0 && text.substring(end).stripLeading().startsWith("...")) {
        return super.visitAnnotation(annotation, unused);
      }
      add(annotation.getAnnotationType(), "annotation", dotted(annotation.getAnnotationType()));
      return super.visitAnnotation(annotation, unused);
    }
  }

  /** A chain whose head our front end resolves whatever the repository holds. */
  private boolean resolvesSurely(String chain, String head) {
    return staticMembers.containsKey(head)
        || fileTypes.containsKey(head)
        || singleImports.containsKey(head)
        || Character.isUpperCase(head.charAt(0))
        || typeWildcards.size() == 1
        || chain.substring(head.length()).matches(".*\\.\\p{Lu}.*");
  }

  /** What a qualified chain resolves to where the file alone decides it, else null. */
  private String resolveChain(String chain, String head) {
    String rest = chain.substring(head.length());
    for (Map<String, String> scope : List.of(staticMembers, fileTypes, singleImports)) {
      if (scope.containsKey(head)) {
        return scope.get(head) + rest;
      }
    }
    return null;
  }

  /** What an unqualified call resolves to: a static import, unless the file declares the method. */
  private String resolveCall(String name) {
    if (methods.contains(name)) {
      return null;
    }
    String member = staticMembers.get(name);
    if (member == null && staticWildcards.size() == 1) {
      member = staticWildcards.get(0) + "." + name;
    }
    return member;
  }

  /** The line of a type's name: after its modifiers, past the keyword. */
  private int nameLine(ClassTree type, String name) {
    long modifiersEnd = positions.getEndPosition(unit, type.getModifiers());
    int from = (int) Math.max(modifiersEnd, positions.getStartPosition(unit, type));
    Matcher keyword = TYPE_KEYWORD.matcher(text);
    int at = keyword.find(from) ? keyword.end() : from;
    Matcher named = Pattern.compile("(?<![\\p{L}\\p{N}_$])" + Pattern.quote(name)).matcher(text);
    return lines.line(named.find(at) ? named.start() : at);
  }

  private static String kind(ClassTree type) {
    return switch (type.getKind()) {
      case INTERFACE -> "INTERFACE";
      case ENUM -> "ENUM";
      case RECORD -> "RECORD";
      case ANNOTATION_TYPE -> "ANNOTATION";
      default -> "CLASS";
    };
  }

  /**
   * TOP_LEVEL, MEMBER of the enclosing class, or LOCAL. A member of an anonymous class counts as
   * local: it has no name to be found by, and no test engine runs it.
   */
  private String nesting(TreePath path) {
    Tree parent = path.getParentPath().getLeaf();
    if (parent instanceof CompilationUnitTree) {
      return "TOP_LEVEL";
    }
    if (parent instanceof ClassTree outer && !outer.getSimpleName().isEmpty()) {
      StringBuilder qualified = new StringBuilder(pkg);
      enclosingNames(path.getParentPath()).forEach(n -> append(qualified, n));
      return "MEMBER in " + append(qualified, outer.getSimpleName().toString());
    }
    return "LOCAL";
  }

  private static List<String> annotationNames(List<? extends AnnotationTree> annotations) {
    return annotations.stream().map(a -> simpleName(a.getAnnotationType())).toList();
  }

  /**
   * The distinct simple names of the annotations on the methods a type declares; constructors and
   * annotation-type elements are no methods to our front end (tree-sitter has other nodes for
   * them).
   */
  private static List<String> methodAnnotationNames(ClassTree type) {
    if (type.getKind() == Tree.Kind.ANNOTATION_TYPE) {
      return List.of();
    }
    java.util.TreeSet<String> names = new java.util.TreeSet<>();
    for (Tree member : type.getMembers()) {
      if (member instanceof MethodTree method && !method.getName().contentEquals("<init>")) {
        names.addAll(annotationNames(method.getModifiers().getAnnotations()));
      }
    }
    return List.copyOf(names);
  }

  private static String simpleName(Tree type) {
    String name = typeName(type);
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /** A type as written, without type arguments or type annotations. */
  private static String typeName(Tree type) {
    if (type instanceof ParameterizedTypeTree parameterized) {
      return typeName(parameterized.getType());
    }
    if (type instanceof AnnotatedTypeTree annotated) {
      return typeName(annotated.getUnderlyingType());
    }
    if (type instanceof MemberSelectTree select) {
      return typeName(select.getExpression()) + "." + select.getIdentifier();
    }
    // a tree's toString() escapes non-ASCII names; getName() keeps them as written
    return type instanceof IdentifierTree id ? id.getName().toString() : type.toString();
  }

  /** {@code a.b.c} for a chain of names, null for anything else. */
  private static String dotted(Tree tree) {
    if (tree instanceof IdentifierTree id) {
      return id.getName().toString();
    }
    if (tree instanceof MemberSelectTree select) {
      String object = dotted(select.getExpression());
      return object == null ? null : object + "." + select.getIdentifier();
    }
    return null;
  }

  private static StringBuilder append(StringBuilder out, String part) {
    return (out.length() == 0 ? out : out.append('.')).append(part);
  }
}
