package dev.ssotgardener.lang.python;

import dev.ssotgardener.facts.Reference;
import dev.ssotgardener.facts.Reference.Usage;
import dev.ssotgardener.facts.Span;
import dev.ssotgardener.lang.LineMap;
import dev.ssotgardener.lang.TextRange;
import dev.ssotgardener.lang.python.Captures.Definition;
import dev.ssotgardener.lang.python.Captures.ImportName;
import dev.ssotgardener.lang.python.Captures.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * References: every maximal dotted chain ({@code os.environ.get}) whose head is bound to a
 * qualified name. A chain is maximal when it is not the object of a longer one, which is the
 * longest chain starting at the same offset.
 */
final class ReferenceExtractor {
  List<Reference> extract(Captures captures, Names names, LineMap lines) {
    String text = lines.text();
    Starts notHeads =
        Starts.of(
            captures.attributeNames(),
            captures.excluded(),
            captures.classes().stream().map(Definition::name).toList(),
            captures.functions().stream().map(Definition::name).toList());
    Set<TextRange> imports = new HashSet<>();
    captures.imports().stream().map(ImportName::statement).forEach(imports::add);
    List<TextRange> statements =
        imports.stream().sorted(java.util.Comparator.comparingInt(TextRange::start)).toList();

    TreeMap<Integer, Integer> chains = new TreeMap<>();
    for (TextRange id : captures.identifiers()) {
      // a chain whose head is bound to nothing resolves to nothing: most identifiers stop here
      if (names.binds(text, id) && !notHeads.has(id.start()) && !inAny(statements, id)) {
        chains.put(id.start(), id.end());
      }
    }
    for (TextRange attribute : captures.attributes()) {
      Integer end = chains.get(attribute.start());
      if (end != null
          && attribute.end() > end
          && Names.isDottedName(Names.normalize(attribute.of(text)))) {
        chains.put(attribute.start(), attribute.end());
      }
    }
    return references(captures, chains, lines, written -> names.resolve(Names.normalize(written)));
  }

  /**
   * Chains such as {@code unittest.main} whose head the file binds nowhere, named as written. A
   * name is bound nowhere when the module binds nothing by it and every place it appears is the
   * head of a dotted chain: a parameter, an assignment, a loop variable, a definition or an import
   * of it would show it alone or in an import.
   */
  List<Reference> unbound(Captures captures, Names names, LineMap lines) {
    String text = lines.text();
    Starts attributeNames = Starts.of(captures.attributeNames());
    Starts attributeStarts = Starts.of(captures.attributes());
    // Each name the file binds nowhere heading a chain: whether it appears only as such a head.
    Map<String, Boolean> onlyHeads = new HashMap<>();
    Map<Integer, TextRange> heads = new HashMap<>();
    for (TextRange id : captures.identifiers()) {
      if (attributeStarts.has(id.start())
          && !attributeNames.has(id.start())
          && !names.binds(text, id)) {
        onlyHeads.put(id.of(text), true);
        heads.put(id.start(), id);
      }
    }
    if (heads.isEmpty()) {
      return List.of();
    }
    NameSet headNames = new NameSet(onlyHeads.keySet());
    for (TextRange id : captures.identifiers()) {
      String name;
      if (!attributeStarts.has(id.start())
          && !attributeNames.has(id.start())
          && (name = headNames.find(text, id.start(), id.end())) != null) {
        onlyHeads.put(name, false);
      }
    }
    TreeMap<Integer, Integer> chains = new TreeMap<>();
    for (TextRange attribute : captures.attributes()) {
      TextRange head = heads.get(attribute.start());
      if (head != null
          && onlyHeads.get(head.of(text))
          && attribute.end() > chains.getOrDefault(attribute.start(), 0)
          && Names.isDottedName(Names.normalize(attribute.of(text)))) {
        chains.put(attribute.start(), attribute.end());
      }
    }
    return references(captures, chains, lines, Names::normalize);
  }

  /** The references of {@code chains} (start to end), named by {@code naming} unless null. */
  private static List<Reference> references(
      Captures captures,
      TreeMap<Integer, Integer> chains,
      LineMap lines,
      Function<String, String> naming) {
    if (chains.isEmpty()) {
      return List.of();
    }
    String text = lines.text();
    Set<TextRange> calls = new HashSet<>(captures.calls());
    Set<TextRange> subscripts = new HashSet<>(captures.subscripts());
    Set<TextRange> stores = new HashSet<>(captures.stores());
    Map<TextRange, Shape> shapes = new HashMap<>();
    // A subscript with several indexes matches once per index: its inner text starts at the first.
    captures
        .shapes()
        .forEach(
            shape ->
                shapes.merge(
                    shape.head(), shape, (a, b) -> a.inner().start() <= b.inner().start() ? a : b));
    List<Reference> out = new ArrayList<>();
    chains.forEach(
        (start, end) -> {
          TextRange chain = new TextRange(start, end);
          String written = chain.of(text);
          String qualified = naming.apply(written);
          if (qualified != null) {
            Shape shape =
                calls.contains(chain) || subscripts.contains(chain) ? shapes.get(chain) : null;
            Usage usage =
                calls.contains(chain)
                    ? Usage.CALL
                    : !subscripts.contains(chain)
                        ? Usage.USE
                        : shape != null && stores.contains(shape.whole())
                            ? Usage.STORE
                            : Usage.SUBSCRIPT;
            Span span = lines.span(start, end);
            out.add(
                shape == null
                    ? new Reference(qualified, usage, written, span)
                    : new Reference(
                        qualified,
                        usage,
                        written,
                        span,
                        lines.span(shape.whole().start(), shape.whole().end()),
                        shape.inner().of(text)));
          }
        });
    return out;
  }

  /** Whether {@code range} lies in one of the sorted, disjoint {@code statements}. */
  private static boolean inAny(List<TextRange> statements, TextRange range) {
    int low = 0;
    int high = statements.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      TextRange statement = statements.get(mid);
      if (statement.end() <= range.start()) {
        low = mid + 1;
      } else if (statement.start() > range.start()) {
        high = mid - 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
