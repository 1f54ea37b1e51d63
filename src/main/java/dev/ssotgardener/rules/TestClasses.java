package dev.ssotgardener.rules;

import dev.ssotgardener.facts.ClassFact;
import dev.ssotgardener.facts.ClassFact.Nesting;
import dev.ssotgardener.facts.ClassFact.TypeKind;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.TestConfig;
import dev.ssotgardener.index.RepoIndex;
import dev.ssotgardener.lang.Dialect;
import dev.ssotgardener.lang.Dialects;
import dev.ssotgardener.policy.GlobSet;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which classes a project's test framework runs. Java (JUnit 4 and 5, TestNG): a class that
 * declares or inherits, through repository types, a method carrying a test annotation (or an
 * annotation of the repository meta-annotated with one), or TestNG's class-level {@code @Test}; a
 * JUnit 5 {@code @Nested} class runs with its enclosing class and makes it a test class. Python
 * (pytest, unittest): a module-level class, or one nested in a collected class, whose name matches
 * pytest's {@code python_classes} and which has no initializer or constructor method, or which
 * inherits {@code unittest.TestCase}. Never an interface, annotation type, record or enum, nor a
 * class defined in a function. The policy's {@code test-class-names} adds classes by name alone.
 */
public final class TestClasses {
  /** Annotations that make a method a test: JUnit 4, JUnit 5, TestNG. */
  private static final Set<String> TEST_METHOD_ANNOTATIONS =
      Set.of(
          "org.junit.Test",
          "org.junit.jupiter.api.Test",
          "org.junit.jupiter.params.ParameterizedTest",
          "org.junit.jupiter.api.RepeatedTest",
          "org.junit.jupiter.api.TestFactory",
          "org.junit.jupiter.api.TestTemplate",
          "org.testng.annotations.Test");

  /** TestNG's {@code @Test} on a class makes its public methods tests. */
  private static final String TESTNG_CLASS_TEST = "org.testng.annotations.Test";

  private static final String NESTED = "org.junit.jupiter.api.Nested";

  /** unittest's test case bases, and well-known library subclasses of them. */
  private static final Set<String> TEST_CASES =
      Set.of(
          "unittest.TestCase",
          "unittest.case.TestCase",
          "unittest.IsolatedAsyncioTestCase",
          "unittest.async_case.IsolatedAsyncioTestCase",
          "django.test.TestCase",
          "django.test.SimpleTestCase",
          "django.test.TransactionTestCase",
          "django.test.LiveServerTestCase");

  private static final String PYTEST = "pytest";

  private final GlobSet names;

  /**
   * @param names the policy's {@code test-class-names}: simple names that make a test class alone
   */
  public TestClasses(GlobSet names) {
    this.names = names;
  }

  /** Whether the framework of {@code file}'s language would run {@code cls}, or the policy says. */
  public boolean isTestClass(FileFacts file, ClassFact cls, RepoIndex index) {
    if (cls.kind() != TypeKind.CLASS
        || cls.nesting() == Nesting.LOCAL
        || cls.annotations().contains(NESTED)) {
      return false;
    }
    if (names.matches(cls.name())) {
      return true;
    }
    Optional<Dialect> dialect = Dialects.of(file.language());
    if (dialect.isEmpty()) {
      return false;
    }
    return switch (dialect.get().testFramework()) {
      case JUNIT -> runsTests(file, cls, index);
      case PYTEST -> collected(file, cls, index);
    };
  }

  private boolean runsTests(FileFacts file, ClassFact cls, RepoIndex index) {
    if (declaresTests(cls, index)) {
      return true;
    }
    for (String ancestor : index.ancestors(cls.qualifiedName())) {
      if (index.classNamed(ancestor).filter(a -> declaresTests(a, index)).isPresent()) {
        return true;
      }
    }
    for (ClassFact member : file.classes()) {
      if (member.enclosingClass().equals(cls.qualifiedName())
          && member.annotations().contains(NESTED)
          && runsTests(file, member, index)) {
        return true;
      }
    }
    return false;
  }

  private static boolean declaresTests(ClassFact cls, RepoIndex index) {
    return cls.annotations().contains(TESTNG_CLASS_TEST)
        || cls.methodAnnotations().stream()
            .anyMatch(a -> isTestAnnotation(a, index, new HashSet<>()));
  }

  /** A test annotation, or an annotation type of the repository annotated with one (composed). */
  private static boolean isTestAnnotation(String name, RepoIndex index, Set<String> seen) {
    if (TEST_METHOD_ANNOTATIONS.contains(name)) {
      return true;
    }
    if (!seen.add(name)) {
      return false;
    }
    return index
        .classNamed(name)
        .filter(a -> a.kind() == TypeKind.ANNOTATION)
        .map(a -> a.annotations().stream().anyMatch(m -> isTestAnnotation(m, index, seen)))
        .orElse(false);
  }

  /** What pytest or unittest collects: see the class comment. */
  private boolean collected(FileFacts file, ClassFact cls, RepoIndex index) {
    if (cls.nesting() == Nesting.MEMBER
        && classIn(file, cls.enclosingClass()).filter(o -> collected(file, o, index)).isEmpty()) {
      return false;
    }
    Set<String> ancestors = index.ancestors(cls.qualifiedName());
    if (ancestors.stream().anyMatch(TEST_CASES::contains)) {
      return true;
    }
    List<String> patterns =
        index
            .testConfig(PYTEST, file.path())
            .map(TestConfig::classPatterns)
            .orElse(TestConfig.PYTEST_DEFAULT_CLASSES);
    return patterns.stream().anyMatch(p -> matchesPrefixOrGlob(cls.name(), p))
        && !hasInitializer(cls, ancestors, index);
  }

  /** pytest's rule for {@code python_classes}: a prefix, or a glob when it holds {@code *?[}. */
  private static boolean matchesPrefixOrGlob(String name, String pattern) {
    if (name.startsWith(pattern)) {
      return true;
    }
    if (pattern.contains("*") || pattern.contains("?") || pattern.contains("[")) {
      return FileSystems.getDefault().getPathMatcher("glob:" + pattern).matches(Path.of(name));
    }
    return false;
  }

  /** pytest skips a class with an initializer of its own or from a repository base. */
  private static boolean hasInitializer(ClassFact cls, Set<String> ancestors, RepoIndex index) {
    return cls.declaresInitializer()
        || ancestors.stream()
            .anyMatch(a -> index.classNamed(a).filter(ClassFact::declaresInitializer).isPresent());
  }

  private static Optional<ClassFact> classIn(FileFacts file, String qualifiedName) {
    return file.classes().stream().filter(c -> c.qualifiedName().equals(qualifiedName)).findFirst();
  }
}
