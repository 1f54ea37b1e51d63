package dev.ssotgardener.lang.java;

import dev.ssotgardener.lang.TextRange;
import dev.ssotgardener.lang.java.JavaCaptures.Method;
import dev.ssotgardener.lang.java.JavaCaptures.TypeDecl;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The annotations of one text, sorted by position, with their names resolved. */
final class JavaAnnotations {
  private static final Pattern LEADING_ANNOTATIONS =
      Pattern.compile("(?:\\s*@\\s*[\\p{L}_$][\\p{L}\\p{N}_$.]*(?:\\s*\\([^()]*\\))?)+");

  private final List<TextRange> sorted;
  private final int[] starts;
  private final String text;
  private final JavaNames names;

  JavaAnnotations(JavaCaptures captures, String text, JavaNames names) {
    List<TextRange> all = new ArrayList<>(captures.annotations());
    all.sort(Comparator.comparingInt(TextRange::start));
    this.sorted = all;
    this.starts = all.stream().mapToInt(TextRange::start).toArray();
    this.text = text;
    this.names = names;
  }

  /** The annotations of each named type's methods, by the type's qualified name. */
  Map<String, Set<String>> ofMethods(JavaCaptures captures, JavaTypes types) {
    Map<String, Set<String>> out = new HashMap<>();
    for (Method method : captures.methods()) {
      TypeDecl owner = types.owner(method.node());
      if (owner == null) {
        continue;
      }
      TextRange modifiers = method.modifiers();
      // javac reads every annotation before the return type as the method's, also one after the
      // type parameters (`<T> @Nullable T m()`), which tree-sitter puts outside the modifiers
      // (`<T extends @Nullable Object>` annotates a bound, not the method)
      int from = modifiers == null ? method.node().start() : modifiers.start();
      int to = leadingAnnotationsEnd(method.type());
      Set<String> owned = out.computeIfAbsent(types.qualifiedName(owner), k -> new TreeSet<>());
      TextRange typeParameters = method.typeParameters();
      if (typeParameters == null) {
        owned.addAll(within(from, to));
      } else {
        owned.addAll(within(from, typeParameters.start()));
        owned.addAll(within(typeParameters.end(), to));
      }
    }
    return out;
  }

  /**
   * Where the annotations heading a method's return type end: {@code public @Nullable String m()}
   * annotates the method for javac, while tree-sitter reads the annotation as part of the type.
   */
  private int leadingAnnotationsEnd(TextRange type) {
    Matcher leading = LEADING_ANNOTATIONS.matcher(type.of(text));
    return leading.lookingAt() ? type.start() + leading.end() : type.start();
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
