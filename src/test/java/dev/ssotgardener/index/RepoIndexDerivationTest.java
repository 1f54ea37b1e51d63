package dev.ssotgardener.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.facts.ClassFact;
import dev.ssotgardener.facts.ClassFact.Nesting;
import dev.ssotgardener.facts.ClassFact.TypeKind;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.Language;
import dev.ssotgardener.facts.Span;
import dev.ssotgardener.facts.TestConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An index derived from the one before by what changed ({@link RepoIndex#with}), commit after
 * commit, answers every question as an index made from scratch: modules and packages appearing and
 * vanishing, Java and Python sharing a module, classes moving between files and defined twice, test
 * settings changing, files without a module.
 */
class RepoIndexDerivationTest {
  private static final List<String> JAVA_PACKAGES =
      List.of("com.acme", "com.acme.util", "com.acme.util.deep", "org.x", "org.x.y", "app");
  private static final List<String> PYTHON_MODULES =
      List.of("app", "app.mod", "app.mod.sub", "lib", "org.x.y.z", "com.acme.util.helpers");
  private static final List<String> NAMES = List.of("Alpha", "Beta", "Shared", "Gamma", "Thing");

  /** What a rule may ask an index about a name; a derived index must answer each as a fresh one. */
  private static final Map<String, BiFunction<RepoIndex, String, Object>> QUESTIONS =
      Map.ofEntries(
          Map.entry("isModule", RepoIndex::isModule),
          Map.entry("isLocal", RepoIndex::isLocal),
          Map.entry("isNamespacePackage", RepoIndex::isNamespacePackage),
          Map.entry("isOpaque", RepoIndex::isOpaque),
          Map.entry("inOpenNamespace", (index, name) -> index.inOpenNamespace(name, List.of())),
          Map.entry("classNamed", RepoIndex::classNamed),
          Map.entry("pathOf", RepoIndex::pathOf),
          Map.entry("filesBinding", (index, name) -> List.copyOf(index.filesBinding(name))),
          Map.entry("languageOf", RepoIndex::languageOf),
          Map.entry("filesOf", RepoIndex::filesOf),
          Map.entry("ancestors", RepoIndex::ancestors));

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void aDerivedIndexAnswersAsOneMadeFromScratch(long seed) {
    Random random = new Random(seed);
    Map<String, FileFacts> tree = new TreeMap<>();
    for (int i = 0; i < 25; i++) {
      FileFacts file = randomFile(random);
      tree.put(file.path(), file);
    }
    RepoIndex index = RepoIndex.of(List.copyOf(tree.values()));
    for (int commit = 0; commit < 150; commit++) {
      Map<String, FileFacts> before = new TreeMap<>(tree);
      for (int n = 1 + random.nextInt(4); n > 0; n--) {
        FileFacts file = randomFile(random);
        if (random.nextInt(4) == 0) {
          tree.remove(file.path());
        } else {
          tree.put(file.path(), file);
        }
      }
      List<FileFacts> gone = before.values().stream().filter(f -> tree.get(f.path()) != f).toList();
      List<FileFacts> come = tree.values().stream().filter(f -> before.get(f.path()) != f).toList();
      List<FileFacts> facts = List.copyOf(tree.values());
      index = index.with(facts, gone, come);
      assertSameAnswers(index, RepoIndex.of(facts), "seed " + seed + ", commit " + commit);
    }
  }

  private static void assertSameAnswers(RepoIndex derived, RepoIndex fresh, String where) {
    assertThat(derived.files()).as(where).isEqualTo(fresh.files());
    assertThat(derived.namespacesDifferingFrom(fresh)).as(where).isEmpty();
    assertThat(fresh.namespacesDifferingFrom(derived)).as(where).isEmpty();
    assertThat(derived.sameNamespaces(fresh)).as(where).isTrue();
    assertThat(new TreeSet<>(derived.classes().stream().map(ClassFact::qualifiedName).toList()))
        .as(where)
        .isEqualTo(new TreeSet<>(fresh.classes().stream().map(ClassFact::qualifiedName).toList()));
    for (String name : probes()) {
      QUESTIONS.forEach(
          (question, ask) ->
              assertThat(ask.apply(derived, name))
                  .as(where + ", " + question + " " + name)
                  .isEqualTo(ask.apply(fresh, name)));
    }
    for (String path : List.of("app/mod/x.py", "src/com/acme/T.java", "top.py")) {
      assertThat(derived.testConfig("pytest", path))
          .as(where + ", " + path)
          .isEqualTo(fresh.testConfig("pytest", path));
    }
  }

  /** Every module, package, class and a name under each, of any tree the test makes. */
  private static Set<String> probes() {
    Set<String> names = new TreeSet<>();
    List<String> modules = new ArrayList<>(JAVA_PACKAGES);
    modules.addAll(PYTHON_MODULES);
    for (String module : modules) {
      for (String prefix = module; !prefix.isEmpty(); ) {
        names.add(prefix);
        int dot = prefix.lastIndexOf('.');
        prefix = dot < 0 ? "" : prefix.substring(0, dot);
      }
      for (String name : NAMES) {
        names.add(module + "." + name);
        names.add(module + "." + name + ".member");
        names.add(module + "." + name + ".Inner");
      }
    }
    return names;
  }

  private static FileFacts randomFile(Random random) {
    return switch (random.nextInt(6)) {
      case 0, 1, 2 -> java(random);
      case 3, 4 -> python(random);
      default -> config(random);
    };
  }

  private static FileFacts java(Random random) {
    String pkg = JAVA_PACKAGES.get(random.nextInt(JAVA_PACKAGES.size()));
    String folder = (random.nextBoolean() ? "src/" : "test/") + pkg.replace('.', '/') + "/";
    int shape = random.nextInt(5);
    if (shape == 0) {
      return facts(folder + "package-info.java", Language.JAVA, pkg, List.of());
    }
    String name = NAMES.get(random.nextInt(NAMES.size()));
    List<ClassFact> classes = new ArrayList<>();
    classes.add(cls(name, pkg + "." + name, randomBase(random)));
    if (shape == 1) {
      classes.add(cls("Inner", pkg + "." + name + ".Inner", List.of()));
    }
    if (shape == 2) {
      classes.add(cls("Shared", pkg + ".Shared", List.of())); // a second top-level class
    }
    return facts(folder + name + ".java", Language.JAVA, pkg, classes);
  }

  private static FileFacts python(Random random) {
    String module = PYTHON_MODULES.get(random.nextInt(PYTHON_MODULES.size()));
    String path =
        random.nextBoolean()
            ? module.replace('.', '/') + ".py"
            : module.replace('.', '/') + "/__init__.py";
    String name = NAMES.get(random.nextInt(NAMES.size()));
    List<ClassFact> classes =
        random.nextBoolean()
            ? List.of(cls(name, module + "." + name, randomBase(random)))
            : List.of();
    return facts(path, Language.PYTHON, module, classes);
  }

  private static FileFacts config(Random random) {
    String folder = List.of("", "app/", "app/mod/", "src/com/").get(random.nextInt(4));
    List<TestConfig> configs =
        random.nextBoolean()
            ? List.of(
                new TestConfig(
                    "pytest", random.nextInt(3), List.of("Test*"), List.of(), List.of("test_*.py")))
            : List.of();
    return FileFacts.text(folder + "pytest.ini", List.of(), List.of(), configs);
  }

  private static List<String> randomBase(Random random) {
    return random.nextBoolean()
        ? List.of()
        : List.of(
            JAVA_PACKAGES.get(random.nextInt(JAVA_PACKAGES.size()))
                + "."
                + NAMES.get(random.nextInt(NAMES.size())));
  }

  private static ClassFact cls(String name, String qualifiedName, List<String> bases) {
    Span span = new Span(1, 1, 1, 1);
    return new ClassFact(
        name,
        qualifiedName,
        bases,
        TypeKind.CLASS,
        span,
        bases.stream().map(b -> span).toList(),
        Nesting.TOP_LEVEL,
        null,
        List.of(),
        List.of(),
        false);
  }

  private static FileFacts facts(
      String path, Language language, String module, List<ClassFact> classes) {
    return new FileFacts(
        path,
        language,
        module,
        List.of(),
        classes,
        List.of(),
        Set.copyOf(classes.stream().map(ClassFact::name).toList()),
        false,
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }
}
