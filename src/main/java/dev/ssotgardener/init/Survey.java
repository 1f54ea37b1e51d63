package dev.ssotgardener.init;

import dev.ssotgardener.facts.ClassFact;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.ImportFact;
import dev.ssotgardener.facts.Reference;
import dev.ssotgardener.index.RepoIndex;
import dev.ssotgardener.policy.GlobSet;
import dev.ssotgardener.rules.TestClasses;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What every inference reads: the audit's index, and the test classes as the rules judge them
 * (without a policy's {@code test-class-names}: the framework's own rules decide).
 */
final class Survey {
  /** A test class and the file defining it. */
  record TestClass(FileFacts file, ClassFact cls) {}

  /** A module-level definition of the repository: a function, class or variable of a module. */
  record Definition(String name, FileFacts file) {}

  private final RepoIndex index;
  private final List<FileFacts> files;
  private final List<TestClass> testClasses;
  private final Set<String> testFiles;
  private final Map<String, FileFacts> byPath = new HashMap<>();

  /**
   * @param excluded folders ({@code backups}) whose files are not counted; the index still resolves
   *     their names, as an audit's does for {@code exclude:}
   */
  Survey(RepoIndex index, List<String> excluded) {
    this.index = index;
    this.files =
        index.files().stream()
            .filter(f -> excluded.stream().noneMatch(x -> f.path().startsWith(x + "/")))
            .toList();
    TestClasses judge = new TestClasses(GlobSet.none());
    List<TestClass> found = new ArrayList<>();
    for (FileFacts file : files) {
      byPath.put(file.path(), file);
      for (ClassFact cls : file.classes()) {
        if (judge.isTestClass(file, cls, index)) {
          found.add(new TestClass(file, cls));
        }
      }
    }
    found.sort(Comparator.comparing((TestClass t) -> t.cls().qualifiedName()));
    this.testClasses = List.copyOf(found);
    Set<String> files = new HashSet<>();
    found.forEach(t -> files.add(t.file().path()));
    this.testFiles = Set.copyOf(files);
  }

  RepoIndex index() {
    return index;
  }

  /** The files counted: the repository's, less the excluded folders'. */
  List<FileFacts> files() {
    return files;
  }

  List<TestClass> testClasses() {
    return testClasses;
  }

  boolean isTestFile(String path) {
    return testFiles.contains(path);
  }

  /** Parsed source files, in path order: what the counts count. */
  List<FileFacts> sources() {
    return files.stream()
        .filter(FileFacts::parsed)
        .sorted(Comparator.comparing(FileFacts::path))
        .toList();
  }

  /**
   * The repository definition {@code name} belongs to, after re-exports: {@code pkg.env.get_env}
   * for {@code pkg.get_env().get}, the top-level class {@code a.b.Env} for {@code a.b.Env.get}.
   */
  Optional<Definition> definitionOf(String name) {
    String canonical = index.canonicalName(name);
    return index
        .pathOf(canonical)
        .map(byPath::get)
        .filter(f -> canonical.startsWith(f.module() + ".") && !f.module().isEmpty())
        .map(
            f -> {
              String rest = canonical.substring(f.module().length() + 1);
              int dot = rest.indexOf('.');
              return new Definition(
                  f.module() + "." + (dot < 0 ? rest : rest.substring(0, dot)), f);
            });
  }

  /** The names a file imports or refers to, resolved in the file. */
  static Set<String> namesUsed(FileFacts file) {
    Set<String> names = new TreeSet<>();
    for (ImportFact imp : file.imports()) {
      names.add(imp.target());
    }
    for (Reference ref : file.references()) {
      names.add(ref.qualifiedName());
    }
    return names;
  }

  /** {@code 1,412}: counts as people read them, the same in every locale. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** The last segment of a dotted name. */
  static String simpleName(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
