package dev.ssotgardener;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.ssotgardener.facts.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of CODE.md, as a test: a package uses only lower layers. */
class ArchitectureTest {
  /** Bottom to top; a package may use its own layer and the layers below. */
  private static final List<List<String>> LAYERS =
      List.of(
          List.of("facts", "policy", "finding", "nativelib"),
          List.of("index"),
          List.of("workspace", "lang", "rules", "cache"),
          List.of("audit", "verify"),
          List.of("report", "baseline", "history", "merges", "fix", "init", "shard"),
          List.of("garden"),
          List.of("publish", "daemon"),
          List.of("cli"));

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.ssotgardener");
  }

  @Test
  void packagesUseOnlyLowerLayers() {
    for (int layer = 0; layer < LAYERS.size(); layer++) {
      List<String> higher = new ArrayList<>();
      LAYERS.subList(layer + 1, LAYERS.size()).forEach(l -> l.forEach(p -> higher.add(pkg(p))));
      if (higher.isEmpty()) {
        continue;
      }
      noClasses()
          .that()
          .resideInAnyPackage(
              LAYERS.get(layer).stream().map(ArchitectureTest::pkg).toArray(String[]::new))
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(higher.toArray(String[]::new))
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("dev.ssotgardener.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void onlyLanguageFrontEndsTouchTreeSitter() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "dev.ssotgardener.lang.treesitter..",
            "dev.ssotgardener.lang.python..",
            "dev.ssotgardener.lang.java..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.treesitter..")
        .check(classes);
  }

  @Test
  void onlyTheCliTouchesPicocliExitAndStandardStreams() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.ssotgardener.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .orShould()
        .callMethod(System.class, "exit", int.class)
        .orShould()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .check(classes);
  }

  /**
   * Where a concrete language may be named: the {@code Language} enum itself, {@code lang} (its
   * language packages and the {@code Dialects} registry), and the composition root that wires the
   * front ends ({@code audit.Frontends}, {@code cli}). Everything else asks {@code lang.Dialects}.
   */
  static final List<String> LANGUAGE_AWARE_PACKAGES =
      List.of("dev.ssotgardener.lang..", "dev.ssotgardener.cli..");

  static final List<String> LANGUAGE_AWARE_CLASSES =
      List.of("dev.ssotgardener.facts.Language", "dev.ssotgardener.audit.Frontends");

  @Test
  void onlyLanguagePackagesTestForAConcreteLanguage() {
    DescribedPredicate<JavaClass> languageAware =
        resideInAnyPackage(LANGUAGE_AWARE_PACKAGES.toArray(String[]::new))
            .or(belongToAnyOf(LANGUAGE_AWARE_CLASSES));
    noClasses()
        .that(not(languageAware))
        .should()
        .accessField(Language.class, Language.PYTHON.name())
        .orShould()
        .accessField(Language.class, Language.JAVA.name())
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.ssotgardener.lang.python..", "dev.ssotgardener.lang.java..")
        .because("language knowledge lives behind lang.Dialect (issue 14)")
        .check(classes);
  }

  private static DescribedPredicate<JavaClass> belongToAnyOf(List<String> names) {
    return DescribedPredicate.describe(
        "belong to any of " + names,
        c ->
            names.stream().anyMatch(n -> c.getName().equals(n) || c.getName().startsWith(n + "$")));
  }

  private static String pkg(String name) {
    return "dev.ssotgardener." + name + "..";
  }
}
