package dev.ssotgardener.lang.java;

import dev.ssotgardener.facts.Reference;
import dev.ssotgardener.facts.Reference.Usage;
import dev.ssotgardener.facts.Span;
import dev.ssotgardener.lang.LineMap;
import dev.ssotgardener.lang.TextRange;
import dev.ssotgardener.lang.java.JavaCaptures.Call;
import dev.ssotgardener.lang.java.JavaCaptures.Creation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The references of one Java text: calls, field chains, constructions, annotations and the uses of
 * imported or fully qualified type names, each resolved through the file's {@link JavaNames}.
 */
final class JavaReferences {
  private JavaReferences() {}

  /**
   * Calls, field chains, constructions and annotations whose names resolve. Of the chains that
   * start at one offset only the longest counts: {@code System.out.println} and not {@code
   * System.out}.
   */
  static List<Reference> of(JavaCaptures captures, LineMap lines, JavaNames names) {
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
}
