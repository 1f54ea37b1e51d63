package dev.ssotgardener.lang.python;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.Language;
import dev.ssotgardener.lang.ConflictScan;
import dev.ssotgardener.lang.ConflictScanner;
import dev.ssotgardener.lang.ConflictVariants;
import dev.ssotgardener.lang.ConflictVariants.Side;
import dev.ssotgardener.lang.Frontend;
import dev.ssotgardener.lang.LineMap;
import dev.ssotgardener.workspace.SourceFile;
import java.util.Collection;
import org.treesitter.TSLanguage;
import org.treesitter.TSParser;
import org.treesitter.TSTree;
import org.treesitter.TreeSitterPython;

/**
 * The Python front end: parses each file once with tree-sitter, runs one query over the tree and
 * computes {@link FileFacts} from the captures. A conflicted file is parsed as its ours and its
 * theirs variant and the facts of both are kept, so a conflict hides nothing from the rules.
 */
public final class PythonFrontend implements Frontend {
  private final TSLanguage language = new TreeSitterPython();
  private final PythonQuery query = new PythonQuery(language);
  private final PythonModules modules;
  private final ConflictScanner conflicts = new ConflictScanner();
  private final ConflictVariants variants = new ConflictVariants();

  /**
   * @param repositoryPaths every repo-relative file path of the repository, to find source roots
   */
  public PythonFrontend(Collection<String> repositoryPaths) {
    this.modules = new PythonModules(repositoryPaths);
  }

  @Override
  public Language language() {
    return Language.PYTHON;
  }

  @Override
  public boolean handles(String path) {
    return path.endsWith(".py") || path.endsWith(".pyi");
  }

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
    TextFacts facts;
    try (TSParser parser = new TSParser()) {
      parser.setLanguage(language);
      if (scan.blocks().isEmpty()) {
        facts = parse(parser, analyzer, file.text());
      } else {
        TextFacts ours =
            parse(parser, analyzer, variants.variant(file.text(), scan.blocks(), Side.OURS));
        TextFacts theirs =
            parse(parser, analyzer, variants.variant(file.text(), scan.blocks(), Side.THEIRS));
        facts = ours.union(theirs);
      }
    }
    return new FileFacts(
        path,
        Language.PYTHON,
        module,
        facts.imports(),
        facts.classes(),
        facts.references(),
        facts.definedNames(),
        facts.dynamicNamespace(),
        scan.blocks(),
        scan.broken(),
        facts.suppressions(),
        facts.syntaxErrors());
  }

  /**
   * Parses one text; the tree is closed before returning, so no native memory outlives the call.
   */
  private TextFacts parse(TSParser parser, PythonTextAnalyzer analyzer, String text) {
    String parsable = Utf8Offsets.parsable(text);
    Captures captures;
    try (TSTree tree = parser.parseString(null, parsable)) {
      captures = query.run(tree.getRootNode(), Utf8Offsets.of(parsable));
    }
    return analyzer.analyze(captures, new LineMap(text));
  }
}
