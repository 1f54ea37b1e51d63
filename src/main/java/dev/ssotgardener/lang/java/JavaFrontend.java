package dev.ssotgardener.lang.java;

import dev.ssotgardener.facts.BrokenMarker;
import dev.ssotgardener.facts.ConflictBlock;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.Language;
import dev.ssotgardener.lang.ConflictScan;
import dev.ssotgardener.lang.ConflictScanner;
import dev.ssotgardener.lang.ConflictVariants;
import dev.ssotgardener.lang.Frontend;
import dev.ssotgardener.lang.LineMap;
import dev.ssotgardener.lang.ParsedFacts;
import dev.ssotgardener.lang.PathChanges;
import dev.ssotgardener.lang.Utf8Offsets;
import dev.ssotgardener.lang.treesitter.LazyQuery;
import dev.ssotgardener.lang.treesitter.NativeTreeSitter;
import dev.ssotgardener.workspace.SourceFile;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The Java front end: parses each file once with tree-sitter, runs one query over the tree and
 * computes {@link FileFacts} from the captures; the module of a file is its {@code package}. A
 * conflicted file is parsed as its ours and its theirs variant and the facts of both are kept.
 * Marker-like lines inside a text block of a file that parses as it is are text, not a conflict.
 */
public final class JavaFrontend implements Frontend {
  /**
   * The query on the library that loads, compiled once per JVM: immutable and thread-safe, so a
   * daemon's audits share it.
   */
  private static final LazyQuery<JavaQuery> LOADED = LazyQuery.loading(JavaQuery::new);

  private final LazyQuery<JavaQuery> query;
  private final JavaSourcePaths paths;
  private final ConflictScanner conflicts = new ConflictScanner();
  private final ConflictVariants variants = new ConflictVariants();

  /**
   * @param repositoryPaths every repo-relative file path of the repository, to find types by file
   */
  public JavaFrontend(Collection<String> repositoryPaths) {
    this.paths = new JavaSourcePaths(repositoryPaths);
    this.query = LOADED;
  }

  /**
   * @param fast the optimized native parser, or empty to use the bundled tree-sitter natives
   */
  public JavaFrontend(Collection<String> repositoryPaths, Optional<NativeTreeSitter> fast) {
    this.paths = new JavaSourcePaths(repositoryPaths);
    this.query = LazyQuery.on(fast, JavaQuery::new);
  }

  private JavaFrontend(LazyQuery<JavaQuery> query, JavaSourcePaths paths) {
    this.query = query;
    this.paths = paths;
  }

  @Override
  public Frontend after(PathChanges changes) {
    return JavaSourcePaths.touchedBy(changes)
        ? new JavaFrontend(query, paths.after(changes))
        : this;
  }

  @Override
  public Language language() {
    return Language.JAVA;
  }

  @Override
  public boolean handles(String path) {
    return path.endsWith(".java");
  }

  @Override
  public FileFacts analyze(SourceFile file) {
    String path = file.path();
    String text = file.text();
    JavaLayoutLookups lookups = new JavaLayoutLookups(paths);
    JavaTextAnalyzer analyzer = new JavaTextAnalyzer(path, lookups);
    ConflictScan scan = conflicts.scan(path, text);
    Parsed parsed = parse(analyzer, text);
    if (!scan.isEmpty() && !allInTextBlocks(scan, parsed)) {
      if (!scan.blocks().isEmpty()) {
        parsed =
            variants.parsedOnBothSides(
                text,
                scan.blocks(),
                variant -> parse(analyzer, variant),
                (ours, theirs) ->
                    new Parsed(ours.packageName(), ours.facts().union(theirs.facts()), List.of()));
      }
    } else {
      scan = new ConflictScan(List.of(), List.of());
    }
    return parsed
        .facts()
        .toFile(path, Language.JAVA, parsed.packageName(), scan, lookups.recorded());
  }

  @Override
  public boolean stillHolds(FileFacts cached) {
    return paths.answersAsBefore(cached.layout());
  }

  @Override
  public Predicate<FileFacts> stillHoldsAfter(Frontend earlier) {
    if (!(earlier instanceof JavaFrontend before)) {
      return this::stillHolds;
    }
    Predicate<List<String>> answers = paths.answersAsBeforeAfter(before.paths);
    return cached -> answers.test(cached.layout());
  }

  /** A file that parses with its markers has them in string literals: they are text. */
  private static boolean allInTextBlocks(ConflictScan scan, Parsed parsed) {
    if (!parsed.facts().syntaxErrors().isEmpty()) {
      return false;
    }
    for (ConflictBlock block : scan.blocks()) {
      if (!parsed.inTextBlock(block.startLine(), block.endLine())) {
        return false;
      }
    }
    for (BrokenMarker marker : scan.broken()) {
      if (!parsed.inTextBlock(marker.line(), marker.line())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Parses one text; the tree is closed before returning, so no native memory outlives the call.
   */
  private Parsed parse(JavaTextAnalyzer analyzer, String text) {
    JavaCaptures captures =
        query.get().run(Utf8Offsets.parsable(JavaSyntax.withoutVarargAnnotations(text)));
    LineMap lines = new LineMap(text);
    List<int[]> textBlockLines =
        captures.textBlocks().stream()
            .map(r -> new int[] {lines.line(r.start()), lines.line(r.end())})
            .toList();
    return new Parsed(
        JavaTextAnalyzer.packageOf(captures, text),
        analyzer.analyze(captures, lines),
        textBlockLines);
  }

  /** The facts of one parsed text, with the line ranges of its text blocks. */
  private record Parsed(String packageName, ParsedFacts facts, List<int[]> textBlockLines) {
    boolean inTextBlock(int from, int to) {
      return textBlockLines.stream().anyMatch(lines -> lines[0] < from && to < lines[1]);
    }
  }
}
