package dev.ssotgardener.lang.java;

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
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
          Map.of("src/test/java/", "Maven/Gradle layout"),
          List.of(
              new LibraryChoice(
                  "test-framework",
                  true,
                  List.of(
                      new Library("JUnit 5", "org.junit.jupiter"),
                      new Library(
                          "JUnit 4",
                          List.of("org.junit"),
                          List.of("org.junit.jupiter", "org.junit.platform")),
                      new Library("JUnit 3", "junit.framework"),
                      new Library("TestNG", "org.testng"))),
              new LibraryChoice(
                  "assertions",
                  true,
                  List.of(
                      new Library("AssertJ", "org.assertj"),
                      new Library("JUnit 5 Assertions", "org.junit.jupiter.api.Assertions"),
                      new Library(
                          "JUnit 4 Assert",
                          List.of("org.junit.Assert", "junit.framework.Assert"),
                          List.of()),
                      new Library("Hamcrest", "org.hamcrest"),
                      new Library("Truth", "com.google.common.truth"))),
              new LibraryChoice(
                  "mocking",
                  true,
                  List.of(
                      new Library("Mockito", "org.mockito"),
                      new Library("EasyMock", "org.easymock"),
                      new Library("JMock", "org.jmock"),
                      new Library("JMockit", "mockit"),
                      new Library("PowerMock", "org.powermock"))),
              new LibraryChoice(
                  "logging",
                  false,
                  List.of(
                      new Library("SLF4J", "org.slf4j"),
                      new Library("Commons Logging", "org.apache.commons.logging"),
                      new Library("Log4j 2", "org.apache.logging.log4j"),
                      new Library("Log4j 1", "org.apache.log4j"),
                      new Library("JBoss Logging", "org.jboss.logging"),
                      new Library("java.util.logging", "java.util.logging"),
                      new Library("Flogger", "com.google.common.flogger"))),
              new LibraryChoice(
                  "date-time",
                  false,
                  List.of(
                      new Library("java.time", "java.time"),
                      new Library("Joda-Time", "org.joda.time")))));

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
  public Set<String> implicitModuleNames() {
    return Set.of();
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
