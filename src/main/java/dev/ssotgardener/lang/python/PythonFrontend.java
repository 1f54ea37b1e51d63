package dev.ssotgardener.lang.python;

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

/**
 * The Python front end: parses each file once with tree-sitter, runs one query over the tree and
 * computes {@link FileFacts} from the captures. A conflicted file is parsed as its ours and its
 * theirs variant and the facts of both are kept, so a conflict hides nothing from the rules.
 */
public final class PythonFrontend implements Frontend {
  /**
   * The query on the library that loads, compiled once per JVM: immutable and thread-safe, so a
   * daemon's audits share it.
   */
  private static final LazyQuery<PythonQuery> LOADED = LazyQuery.loading(PythonQuery::new);

  private final LazyQuery<PythonQuery> query;
  private final PythonModules modules;
  private final ConflictScanner conflicts = new ConflictScanner();
  private final ConflictVariants variants = new ConflictVariants();

  /**
   * @param repositoryPaths every repo-relative file path of the repository, to find source roots
   */
  public PythonFrontend(Collection<String> repositoryPaths) {
    this(repositoryPaths, List.of());
  }

  /**
   * @param declaredRoots source roots besides those found ({@link PythonModules})
   */
  public PythonFrontend(Collection<String> repositoryPaths, Collection<String> declaredRoots) {
    this.modules = new PythonModules(repositoryPaths, declaredRoots);
    this.query = LOADED;
  }

  /**
   * @param fast the optimized native parser, or empty to use the bundled tree-sitter natives
   */
  public PythonFrontend(Collection<String> repositoryPaths, Optional<NativeTreeSitter> fast) {
    this.modules = new PythonModules(repositoryPaths);
    this.query = LazyQuery.on(fast, PythonQuery::new);
  }

  private PythonFrontend(LazyQuery<PythonQuery> query, PythonModules modules) {
    this.query = query;
    this.modules = modules;
  }

  @Override
  public Frontend after(PathChanges changes) {
    PythonModules next = modules.after(changes);
    return next == modules ? this : new PythonFrontend(query, next);
  }

  @Override
  public Language language() {
    return Language.PYTHON;
  }

  @Override
  public boolean handles(String path) {
    return path.endsWith(".py") || path.endsWith(".pyi");
  }

  /** The module name depends on the whole repository's source roots, not only on the path. */
  @Override
  public String context(String path) {
    return modules.moduleOf(path);
  }

  @Override
  public FileFacts analyze(SourceFile file) {
    String path = file.path();
    String module = modules.moduleOf(path);
    PythonTextAnalyzer analyzer = new PythonTextAnalyzer(module, PythonModules.isPackageInit(path));
    ConflictScan scan = conflicts.scan(path, file.text());
    ParsedFacts facts =
        scan.blocks().isEmpty()
            ? parse(analyzer, file.text())
            : variants.parsedOnBothSides(
                file.text(), scan.blocks(), text -> parse(analyzer, text), ParsedFacts::union);
    return facts.toFile(path, Language.PYTHON, module, scan, List.of());
  }

  /**
   * Parses one text; the tree is closed before returning, so no native memory outlives the call.
   */
  private ParsedFacts parse(PythonTextAnalyzer analyzer, String text) {
    return analyzer.analyze(query.get().run(Utf8Offsets.parsable(text)), new LineMap(text));
  }
}
