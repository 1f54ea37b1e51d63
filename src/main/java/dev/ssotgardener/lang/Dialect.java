package dev.ssotgardener.lang;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.ImportFact;
import dev.ssotgardener.facts.Language;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the rest of the tool asks of a language besides its facts: how its files name modules, how
 * an import is written and placed, and when one may go. One implementation per language package,
 * found through {@link Dialects}; code outside {@code lang} asks here instead of testing which
 * language a file is in.
 */
public interface Dialect {
  Language language();

  /** The test frameworks whose collection rules say which classes are tests. */
  enum TestFramework {
    /** JUnit 4/5 and TestNG: a class declaring (or inheriting) test methods. */
    JUNIT,
    /** pytest: a class matching {@code python_classes}, without an {@code __init__}. */
    PYTEST
  }

  /** The framework that runs this language's test classes. */
  TestFramework testFramework();

  /** Whether {@code path} (repo-relative) is a source file of this language. */
  boolean owns(String path);

  /**
   * The module path ({@code a/b}) a source file of this language defines: its path without the
   * extension, and a package's own file ({@code a/b/__init__.py}) counts as its folder.
   */
  String modulePath(String path);

  /** The repo-relative files a module path ({@code a/b}) may be written in, most likely first. */
  List<String> moduleFiles(String modulePath);

  /** Whether a source file is its folder's package file, whose imports are the package's API. */
  boolean isPackageFile(String path);

  /** Whether a module's top-level names are its own functions and classes (not only classes). */
  boolean modulesDefineFunctions();

  /** The statement importing {@code qualifiedName} under its simple name. */
  String importLine(String qualifiedName);

  /**
   * The key this language's import sorter orders an import of {@code target} from {@code module}
   * by.
   */
  String importSortKey(String target, String module);

  /**
   * Whether a new import goes beside the group sharing the most leading name parts with it (Java),
   * rather than into the last group of imports (Python).
   */
  boolean importsGroupByName();

  /** Whether {@code imp} is an import a new one is sorted among (a Python from-import). */
  boolean isImportPeer(ImportFact imp);

  /** Names every module has without defining them ({@code __file__} of a Python module). */
  Set<String> implicitModuleNames();

  /**
   * Whether any package may gain modules the repository does not show: a Java package takes classes
   * from every jar, module and generated-source folder that declares it (JAXB, ANTLR, annotation
   * processors), where a Python package with an {@code __init__.py} is only its own folder.
   */
  boolean packagesAreOpen();

  /** Whether a name of the file's own module is usable without an import (a Java package's). */
  boolean ownModuleNeedsNoImport();

  /**
   * Why {@code imp} in {@code file} is more than its uses, so it stays when they go: in a package
   * file (its imports are API), a Java static import (a constant is a plain name); empty: its uses
   * are all references, so it can go once they do.
   */
  Optional<String> importKeptBecause(FileFacts file, ImportFact imp);

  /**
   * The import statement binding {@code imp}'s local name to {@code target} instead, when this
   * language can write one (Java has no aliases: the new simple name must be the old one).
   */
  Optional<String> rebindImport(ImportFact imp, String target);

  /**
   * Whether overloads differ by arity, so a rewrite placeholder matches one argument only (Java)
   * rather than the whole argument text.
   */
  boolean overloadsByArity();

  /** What code in this language usually looks like: its usual libraries and test file names. */
  Idioms idioms();

  /**
   * The command that runs the script at {@code path} (the test runner an {@code entrypoint} truth
   * names), when this language runs source files as scripts.
   */
  Optional<String> scriptCommand(String path);

  /**
   * Whether a test report naming the file {@code reported} means the repository file {@code path}:
   * JUnit's stack frames name a file from its source root ({@code com/acme/WidgetTest.java}).
   */
  boolean reportNames(String reported, String path);

  /** The check that this language's changed files still load after a change. */
  StartupProbe startupProbe(ProbeContext context);
}
