package dev.ssotgardener.lang.java;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.ImportFact;
import dev.ssotgardener.facts.Language;
import dev.ssotgardener.lang.Dialect;
import dev.ssotgardener.lang.Idioms;
import dev.ssotgardener.lang.ProbeContext;
import dev.ssotgardener.lang.StartupProbe;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Java: a package is its folder's files, imports have no aliases and sort in ASCII order
 * (google-java-format), a class of the file's own package needs no import.
 */
public final class JavaDialect implements Dialect {
  private static final String EXTENSION = ".java";

  private static final Idioms IDIOMS =
      new Idioms(
          List.of("java.lang.System.getenv", "java.lang.System.getProperty"),
          List.of("org.mockito"),
          List.of(),
          List.of(),
          List.of(),
          "",
          List.of("*Test.java", "*Tests.java", "*IT.java"),
          List.of("*Test.java", "*Tests.java"),
          Map.of("src/test/java/", "Maven/Gradle layout"));

  @Override
  public Language language() {
    return Language.JAVA;
  }

  @Override
  public TestFramework testFramework() {
    return TestFramework.JUNIT;
  }

  @Override
  public boolean owns(String path) {
    return path.endsWith(EXTENSION);
  }

  @Override
  public String modulePath(String path) {
    return path.substring(0, path.length() - EXTENSION.length());
  }

  @Override
  public List<String> moduleFiles(String modulePath) {
    return List.of(modulePath + EXTENSION);
  }

  @Override
  public boolean isPackageFile(String path) {
    return false;
  }

  @Override
  public boolean modulesDefineFunctions() {
    return false;
  }

  @Override
  public String importLine(String qualifiedName) {
    return "import " + qualifiedName + ";";
  }

  @Override
  public String importSortKey(String target, String module) {
    return target;
  }

  @Override
  public boolean packagesAreOpen() {
    return true;
  }

  @Override
  public boolean importsGroupByName() {
    return true;
  }

  @Override
  public boolean isImportPeer(ImportFact imp) {
    return true;
  }

  @Override
  public boolean ownModuleNeedsNoImport() {
    return true;
  }

  @Override
  public Optional<String> importKeptBecause(FileFacts file, ImportFact imp) {
    return imp.isStatic()
        ? Optional.of("a static import: a constant it brings in is a plain name the facts miss")
        : Optional.empty();
  }

  @Override
  public Optional<String> rebindImport(ImportFact imp, String target) {
    return target.substring(target.lastIndexOf('.') + 1).equals(imp.localName())
        ? Optional.of("import " + (imp.isStatic() ? "static " : "") + target + ";")
        : Optional.empty();
  }

  @Override
  public boolean overloadsByArity() {
    return true;
  }

  @Override
  public Idioms idioms() {
    return IDIOMS;
  }

  @Override
  public Optional<String> scriptCommand(String path) {
    return Optional.empty();
  }

  @Override
  public boolean reportNames(String reported, String path) {
    return reported.equals(path) || path.endsWith("/" + reported);
  }

  @Override
  public StartupProbe startupProbe(ProbeContext context) {
    return new JavaCompileProbe(context, this);
  }
}
