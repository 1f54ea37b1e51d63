package dev.ssotgardener.rules;

import dev.ssotgardener.facts.ConflictBlock;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.ImportFact;
import dev.ssotgardener.facts.Reference;
import dev.ssotgardener.facts.Span;
import dev.ssotgardener.finding.TextEdit;
import dev.ssotgardener.lang.Dialect;
import dev.ssotgardener.lang.Dialects;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The edits fixes share, computed from facts alone: adding an import in the file's style, removing
 * imported names, knowing whether a name is still used. Replacement text uses {@code \n}; the
 * applier writes the file's own line ending, and drops a line an edit leaves empty.
 */
final class FixEdits {
  private FixEdits() {}

  /** The name under which {@code qualifiedName} is usable, and the edits that import it. */
  record Imported(String localName, List<TextEdit> edits) {}

  /**
   * Imports {@code qualifiedName} in the file's language and style: a Python from-import beside the
   * file's other from-imports, a Java single-type import beside the imports it shares the longest
   * package prefix with; in sorted position when that group is sorted, else after it.
   */
  static Attempt<Imported> ensureImported(FileFacts file, String qualifiedName) {
    String simple = QualifiedNames.simpleName(qualifiedName);
    for (ImportFact imp : file.imports()) {
      if (!imp.guarded()
          && !imp.isStatic()
          && imp.target().equals(qualifiedName)
          && imp.localName() != null) {
        return Attempt.of(new Imported(imp.localName(), List.of()));
      }
    }
    boolean taken =
        file.definedNames().contains(simple)
            || file.classes().stream().anyMatch(c -> c.name().equals(simple))
            || file.imports().stream().anyMatch(i -> simple.equals(i.localName()))
            || file.references().stream().anyMatch(r -> head(r.text()).equals(simple));
    String module = QualifiedNames.parent(qualifiedName);
    Optional<Dialect> found = Dialects.of(file.language());
    if (taken) {
      return Attempt.refused(
          "%s cannot be imported: the name %s is already bound in this file"
              .formatted(qualifiedName, simple));
    }
    if (module.isEmpty() || found.isEmpty()) {
      return Attempt.refused("%s has no module to import it from".formatted(qualifiedName));
    }
    Dialect dialect = found.get();
    if (dialect.ownModuleNeedsNoImport() && module.equals(file.module())) {
      return Attempt.of(new Imported(simple, List.of())); // same package: no import needed
    }
    List<ImportFact> statements = topLevelStatements(file);
    if (statements.isEmpty()) {
      return Attempt.refused(
          "the file has no top-level import to place an import of %s beside"
              .formatted(qualifiedName));
    }
    String line = dialect.importLine(qualifiedName);
    String key = dialect.importSortKey(qualifiedName, module);
    List<ImportFact> group =
        dialect.importsGroupByName()
            ? closestGroup(statements, qualifiedName)
            : lastGroup(statements, dialect);
    List<ImportFact> peers = group.stream().filter(dialect::isImportPeer).toList();
    boolean sorted = true;
    for (int i = 1; i < peers.size(); i++) {
      sorted &= sortKey(peers.get(i - 1), dialect).compareTo(sortKey(peers.get(i), dialect)) <= 0;
    }
    if (sorted) {
      for (ImportFact peer : peers) {
        if (sortKey(peer, dialect).compareTo(key) > 0) {
          Span at = peer.span();
          return Attempt.of(new Imported(simple, List.of(insert(at.startLine(), 1, line + "\n"))));
        }
      }
    }
    ImportFact last = peers.isEmpty() ? group.get(group.size() - 1) : peers.get(peers.size() - 1);
    // at the start of the next line, so another fix may delete the last import's line
    return Attempt.of(
        new Imported(simple, List.of(insert(last.span().endLine() + 1, 1, line + "\n"))));
  }

  private static String sortKey(ImportFact imp, Dialect dialect) {
    return dialect.importSortKey(imp.target(), imp.module());
  }

  /** The run of adjacent imports sharing the most leading name parts with {@code name}. */
  private static List<ImportFact> closestGroup(List<ImportFact> statements, String name) {
    List<ImportFact> best = null;
    int bestShared = -1;
    for (List<ImportFact> group : groups(statements)) {
      int shared = 0;
      for (ImportFact imp : group) {
        shared = Math.max(shared, sharedParts(imp.target(), name));
      }
      if (shared >= bestShared) {
        best = group;
        bestShared = shared;
      }
    }
    return best;
  }

  private static int sharedParts(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    int n = 0;
    while (n < x.length && n < y.length && x[n].equals(y[n])) {
      n++;
    }
    return n;
  }

  /**
   * Edits removing {@code span} and every import used in it and nowhere else in the file (the
   * imports a runner block or a {@code main} method alone needed).
   */
  static List<TextEdit> removeBlock(FileFacts file, Span span) {
    List<TextEdit> edits = new ArrayList<>();
    edits.add(new TextEdit(outsideConflicts(file, span), ""));
    List<ImportFact> onlyThere = new ArrayList<>();
    for (ImportFact imp : file.imports()) {
      if (removable(file, imp)
          && usedIn(file, imp.localName(), span)
          && !usedOutside(file, imp.localName(), List.of(span))) {
        onlyThere.add(imp);
      }
    }
    edits.addAll(removeNames(file, onlyThere));
    return edits;
  }

  /**
   * A block's span starting after any conflict it reaches back into: the front end reads a
   * conflicted file as one side with the other side's lines blank, so the blank lines a block's
   * removal takes with it can run into a conflict that its own fix rewrites.
   */
  private static Span outsideConflicts(FileFacts file, Span span) {
    int startLine = span.startLine();
    for (ConflictBlock conflict : file.conflicts()) {
      if (conflict.startLine() < span.endLine() && conflict.endLine() >= startLine) {
        startLine = Math.max(startLine, conflict.endLine() + 1);
      }
    }
    return startLine == span.startLine()
        ? span
        : new Span(startLine, 1, span.endLine(), span.endColumn());
  }

  /**
   * Whether the facts can prove an import unused once its uses are gone: a named, unguarded,
   * top-level import its language lets go by uses ({@link Dialect#importKeptBecause}). An import
   * inside a block may be the block's only statement, or its point ({@code with
   * pytest.raises(ImportError): import legacy}).
   */
  static boolean removable(FileFacts file, ImportFact imp) {
    return keptBecause(file, imp).isEmpty();
  }

  /** Why an import stays whatever uses it has, if it does: the reason a finding then carries. */
  static Optional<String> keptBecause(FileFacts file, ImportFact imp) {
    String name = imp.localName() == null ? imp.target() : imp.localName();
    if (imp.wildcard() || imp.localName() == null) {
      return Optional.of("the import of %s binds no single name to remove".formatted(name));
    }
    if (imp.guarded()) {
      return Optional.of("the import of %s is guarded (optional by design)".formatted(name));
    }
    if (imp.span().startColumn() != 1) {
      return Optional.of("the import of %s is not at the top level of the file".formatted(name));
    }
    Optional<Dialect> dialect = Dialects.of(file.language());
    if (dialect.isEmpty()) {
      return Optional.of("the import of %s is in a file no front end reads".formatted(name));
    }
    return dialect
        .get()
        .importKeptBecause(file, imp)
        .map(why -> "the import of %s stays whatever uses it: %s".formatted(name, why));
  }

  private static boolean usedIn(FileFacts file, String localName, Span span) {
    return file.references().stream()
        .anyMatch(r -> head(r.text()).equals(localName) && contains(span, r.span()));
  }

  /** Edits removing these imported names; a statement losing every name is removed whole. */
  static List<TextEdit> removeNames(FileFacts file, Collection<ImportFact> names) {
    Map<Span, List<ImportFact>> byStatement = new LinkedHashMap<>();
    for (ImportFact imp : names) {
      byStatement.computeIfAbsent(imp.span(), s -> new ArrayList<>()).add(imp);
    }
    List<TextEdit> edits = new ArrayList<>();
    byStatement.forEach(
        (statement, removed) -> {
          List<Span> all = namesOf(file, statement);
          List<Span> gone = removed.stream().map(ImportFact::nameSpan).distinct().toList();
          if (gone.containsAll(all)) {
            edits.add(new TextEdit(statement, ""));
            return;
          }
          int i = 0;
          while (i < all.size()) {
            if (!gone.contains(all.get(i))) {
              i++;
              continue;
            }
            int j = i;
            while (j + 1 < all.size() && gone.contains(all.get(j + 1))) {
              j++;
            }
            Span first = all.get(i);
            Span lastGone = all.get(j);
            // Take the separator on the side that keeps the list well-formed.
            edits.add(
                j + 1 < all.size()
                    ? new TextEdit(between(first, all.get(j + 1)), "")
                    : new TextEdit(betweenEnds(all.get(i - 1), lastGone), ""));
            i = j + 1;
          }
        });
    return edits;
  }

  /**
   * The import binding the head of {@code written}, when nothing outside {@code except} uses it.
   */
  static List<TextEdit> removeBindingIfUnused(
      FileFacts file, String written, Collection<Span> except) {
    String name = head(written);
    if (usedOutside(file, name, except)) {
      return List.of();
    }
    List<ImportFact> binding =
        file.imports().stream()
            .filter(i -> name.equals(i.localName()) && removable(file, i))
            .toList();
    return binding.isEmpty() ? List.of() : removeNames(file, binding);
  }

  static boolean usedOutside(FileFacts file, String localName, Collection<Span> except) {
    for (Reference ref : file.references()) {
      if (head(ref.text()).equals(localName)
          && except.stream().noneMatch(e -> contains(e, ref.span()))) {
        return true;
      }
    }
    return false;
  }

  static boolean contains(Span outer, Span inner) {
    return compare(outer.startLine(), outer.startColumn(), inner.startLine(), inner.startColumn())
            <= 0
        && compare(inner.endLine(), inner.endColumn(), outer.endLine(), outer.endColumn()) <= 0;
  }

  static String head(String dotted) {
    int dot = dotted.indexOf('.');
    return (dot < 0 ? dotted : dotted.substring(0, dot)).strip();
  }

  static TextEdit insert(int line, int column, String text) {
    return new TextEdit(new Span(line, column, line, column), text);
  }

  private static int compare(int line1, int col1, int line2, int col2) {
    return line1 != line2 ? Integer.compare(line1, line2) : Integer.compare(col1, col2);
  }

  /** One fact per module-level, unguarded import statement, in file order. */
  private static List<ImportFact> topLevelStatements(FileFacts file) {
    Map<Span, ImportFact> bySpan = new LinkedHashMap<>();
    for (ImportFact imp : file.imports()) {
      if (!imp.guarded() && imp.span().startColumn() == 1 && !imp.isStatic()) {
        bySpan.putIfAbsent(imp.span(), imp);
      }
    }
    List<ImportFact> out = new ArrayList<>(bySpan.values());
    out.sort(Comparator.comparingInt(i -> i.span().startLine()));
    return out;
  }

  /** Runs of import statements on adjacent lines. */
  private static List<List<ImportFact>> groups(List<ImportFact> statements) {
    List<List<ImportFact>> groups = new ArrayList<>();
    for (ImportFact imp : statements) {
      if (groups.isEmpty()
          || imp.span().startLine()
              > last(groups).get(last(groups).size() - 1).span().endLine() + 1) {
        groups.add(new ArrayList<>());
      }
      last(groups).add(imp);
    }
    return groups;
  }

  /** The last run of adjacent import lines holding an import peer, else the last run. */
  private static List<ImportFact> lastGroup(List<ImportFact> statements, Dialect dialect) {
    List<List<ImportFact>> groups = groups(statements);
    for (int g = groups.size() - 1; g >= 0; g--) {
      if (groups.get(g).stream().anyMatch(dialect::isImportPeer)) {
        return groups.get(g);
      }
    }
    return last(groups);
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }

  private static List<Span> namesOf(FileFacts file, Span statement) {
    return file.imports().stream()
        .filter(i -> i.span().equals(statement))
        .map(ImportFact::nameSpan)
        .distinct()
        .sorted(Comparator.comparingInt(Span::startLine).thenComparingInt(Span::startColumn))
        .toList();
  }

  private static Span between(Span from, Span to) {
    return new Span(from.startLine(), from.startColumn(), to.startLine(), to.startColumn());
  }

  private static Span betweenEnds(Span from, Span to) {
    return new Span(from.endLine(), from.endColumn(), to.endLine(), to.endColumn());
  }
}
