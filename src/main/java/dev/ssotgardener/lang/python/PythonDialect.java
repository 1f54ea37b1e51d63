package dev.ssotgardener.lang.python;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.ImportFact;
import dev.ssotgardener.facts.Language;
import dev.ssotgardener.lang.Dialect;
import dev.ssotgardener.lang.Idioms;
import dev.ssotgardener.lang.LibraryChoice;
import dev.ssotgardener.lang.LibraryChoice.Library;
import dev.ssotgardener.lang.ProbeContext;
import dev.ssotgardener.lang.StartupProbe;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Python: a module is one file, a package's {@code __init__.py} is the package, isort order. */
public final class PythonDialect implements Dialect {
  private static final String PACKAGE_STEM = "__init__";

  /** What the import system sets on every module: {@code from pip import __file__} resolves. */
  private static final Set<String> MODULE_ATTRIBUTES =
      Set.of(
          "__file__",
          "__name__",
          "__path__",
          "__spec__",
          "__loader__",
          "__doc__",
          "__package__",
          "__dict__",
          "__builtins__",
          "__cached__",
          "__annotations__");

  private static final Idioms IDIOMS =
      new Idioms(
          List.of("os.environ", "os.getenv"),
          List.of("unittest.mock", "mock"),
          List.of("pytest.main", "unittest.main"),
          List.of("pytest.main", "unittest.main", "unittest.TextTestRunner", "unittest.TestLoader"),
          List.of("subprocess"),
          "pytest",
          List.of("test_*.py", "*_test.py"),
          List.of("test_*.py", "*_test.py"),
          Map.of(),
          List.of(
              new LibraryChoice(
                  "mocking",
                  true,
                  List.of(
                      new Library("unittest.mock", "unittest.mock"),
                      new Library("the mock backport", "mock"))),
              new LibraryChoice(
                  "test-framework",
                  true,
                  List.of(
                      new Library("pytest", "pytest"),
                      new Library("nose", List.of("nose", "nose2"), List.of())))));

  @Override
  public Language language() {
    return Language.PYTHON;
  }

  @Override
  public TestFramework testFramework() {
    return TestFramework.PYTEST;
  }

  @Override
  public boolean owns(String path) {
    return path.endsWith(".py") || path.endsWith(".pyi");
  }

  @Override
  public String modulePath(String path) {
    String stem = path.substring(0, path.lastIndexOf('.'));
    if (stem.equals(PACKAGE_STEM) || stem.endsWith("/" + PACKAGE_STEM)) {
      return stem.substring(0, Math.max(0, stem.length() - ("/" + PACKAGE_STEM).length()));
    }
    return stem;
  }

  @Override
  public List<String> moduleFiles(String modulePath) {
    return List.of(modulePath + ".py", modulePath + "/" + PACKAGE_STEM + ".py");
  }

  @Override
  public boolean isPackageFile(String path) {
    return PythonModules.isPackageInit(path);
  }

  @Override
  public boolean modulesDefineFunctions() {
    return true;
  }

  @Override
  public String importLine(String qualifiedName) {
    int dot = qualifiedName.lastIndexOf('.');
    return "from "
        + qualifiedName.substring(0, dot)
        + " import "
        + qualifiedName.substring(dot + 1);
  }

  @Override
  public String importSortKey(String target, String module) {
    return module.toLowerCase(Locale.ROOT);
  }

  @Override
  public Set<String> implicitModuleNames() {
    return MODULE_ATTRIBUTES;
  }

  @Override
  public boolean packagesAreOpen() {
    return false;
  }

  @Override
  public boolean importsGroupByName() {
    return false;
  }

  @Override
  public boolean isImportPeer(ImportFact imp) {
    return !imp.target().equals(imp.module()) && !imp.module().equals("__future__");
  }

  @Override
  public boolean ownModuleNeedsNoImport() {
    return false;
  }

  @Override
  public Optional<String> importKeptBecause(FileFacts file, ImportFact imp) {
    return file.path().endsWith(PACKAGE_STEM + ".py")
        ? Optional.of("a package's " + PACKAGE_STEM + ".py, whose imports are the package's API")
        : Optional.empty();
  }

  @Override
  public Optional<String> rebindImport(ImportFact imp, String target) {
    if (imp.member() == null) {
      if (!imp.localTarget().equals(imp.target())) {
        return Optional.empty(); // `import a.b` binds `a`: its uses spell the old path
      }
      return Optional.of(
          "import " + target + (imp.localName().equals(target) ? "" : " as " + imp.localName()));
    }
    int dot = target.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String name = target.substring(dot + 1);
    return Optional.of(
        "from %s import %s%s"
            .formatted(
                target.substring(0, dot),
                name,
                imp.localName().equals(name) ? "" : " as " + imp.localName()));
  }

  @Override
  public boolean overloadsByArity() {
    return false;
  }

  @Override
  public Idioms idioms() {
    return IDIOMS;
  }

  @Override
  public Optional<String> scriptCommand(String path) {
    return path.endsWith(".py")
        ? Optional.of(PythonImportProbe.DEFAULT_INTERPRETER + " " + path)
        : Optional.empty();
  }

  @Override
  public boolean reportNames(String reported, String path) {
    return reported.equals(path);
  }

  @Override
  public StartupProbe startupProbe(ProbeContext context) {
    return new PythonImportProbe(context);
  }
}
