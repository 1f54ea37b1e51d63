package dev.ssotgardener.lang.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ssotgardener.facts.ClassFact;
import dev.ssotgardener.facts.ClassFact.Nesting;
import dev.ssotgardener.facts.ClassFact.TypeKind;
import dev.ssotgardener.facts.EntryPoint;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.ImportFact;
import dev.ssotgardener.facts.Language;
import dev.ssotgardener.facts.Reference;
import dev.ssotgardener.facts.Reference.Usage;
import dev.ssotgardener.facts.Span;
import dev.ssotgardener.workspace.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavaFrontendTest {
  private static final String PATH = "src/test/java/com/acme/app/FooTest.java";

  private final JavaFrontend frontend =
      new JavaFrontend(
          List.of(
              PATH,
              "src/test/java/com/acme/app/Helper.java",
              "src/main/java/com/acme/testing/BaseTest.java",
              "src/main/kotlin/com/acme/kt/Thing.kt"));

  private FileFacts analyze(String text) {
    return analyze(PATH, text);
  }

  private FileFacts analyze(String path, String text) {
    return frontend.analyze(new SourceFile(path, text, StandardCharsets.UTF_8, false));
  }

  private static List<String> refs(FileFacts facts) {
    return facts.references().stream().map(r -> r.usage() + " " + r.qualifiedName()).toList();
  }

  @Test
  void aTypeOfTheOwnPackageWinsOverAnOnDemandImportAndTheFactsSayTheyAssumedIt() {
    FileFacts facts =
        analyze(
            """
            package com.acme.app;
            import com.legacy.*;
            class FooTest {
              String a = Helper.run("x");
              String b = Other.run("y");
            }
            """);
    assertThat(refs(facts)).contains("CALL com.acme.app.Helper.run", "CALL com.legacy.Other.run");

    JavaFrontend withoutHelper = new JavaFrontend(List.of(PATH));
    JavaFrontend withOther =
        new JavaFrontend(List.of(PATH, "src/test/java/com/acme/app/Helper.java", "x/Other.java"));
    assertThat(frontend.stillHolds(facts)).isTrue();
    assertThat(withoutHelper.stillHolds(facts)).as("Helper.java is gone").isFalse();
    assertThat(withOther.stillHolds(facts)).as("x/Other.java is in no asked folder").isTrue();
  }

  @Test
  void handlesJavaFiles() {
    assertThat(frontend.handles("a/B.java")).isTrue();
    assertThat(frontend.handles("a/B.jav")).isFalse();
    assertThat(frontend.language()).isEqualTo(Language.JAVA);
  }

  @Test
  void aPatternVariableIsAVariableNotAType() {
    FileFacts facts =
        analyze(
            """
            package com.acme.app;
            import com.legacy.*;
            class FooTest {
              void run(Object o) {
                if (o instanceof Runnable task) { task.run(); }
              }
            }
            """);
    assertThat(refs(facts)).noneMatch(r -> r.contains("task"));
  }

  @Test
  void packageAndEveryImportForm() {
    FileFacts facts =
        analyze(
            """
            package com.acme.app;

            import org.junit.jupiter.api.Test;
            import java.util.*;
            import static org.mockito.Mockito.mock;
            import static org.junit.Assert.*;
            import java.util.Map.Entry;
            """);

    assertThat(facts.module()).isEqualTo("com.acme.app");
    assertThat(facts.imports())
        .extracting(
            ImportFact::target,
            ImportFact::module,
            ImportFact::member,
            ImportFact::localName,
            ImportFact::wildcard,
            ImportFact::isStatic)
        .containsExactly(
            tuple(
                "org.junit.jupiter.api.Test",
                "org.junit.jupiter.api",
                "Test",
                "Test",
                false,
                false),
            tuple("java.util", "java.util", null, null, true, false),
            tuple("org.mockito.Mockito.mock", "org.mockito.Mockito", null, "mock", false, true),
            tuple("org.junit.Assert", "org.junit.Assert", null, null, true, true),
            tuple("java.util.Map.Entry", "java.util.Map", "Entry", "Entry", false, false));
    assertThat(facts.imports().get(0).span()).isEqualTo(new Span(3, 1, 3, 35));
  }

  @Test
  void classesWithKindsNestingAndResolvedBases() {
    FileFacts facts =
        analyze(
            """
            package com.acme.app;

            import com.acme.testing.BaseTest;
            import org.junit.jupiter.api.Test;

            public class FooTest extends BaseTest implements Runnable, java.io.Serializable {
              @Test
              void works() {}

              public void run() {
                Runnable r = new Runnable() {
                  @Test public void run() {}
                };
              }

              static class Inner extends Helper<String> {}
              record Point(int x) implements Comparable<Point> {}
              enum Color { RED }
              interface Shape extends Other {}
              @interface Marker {}
            }
            """);

    assertThat(facts.classes())
        .extracting(
            ClassFact::name,
            ClassFact::qualifiedName,
            ClassFact::bases,
            ClassFact::kind,
            ClassFact::nesting,
            ClassFact::enclosingClass,
            ClassFact::methodAnnotations)
        .containsExactly(
            tuple(
                "FooTest",
                "com.acme.app.FooTest",
                List.of("com.acme.testing.BaseTest", "java.lang.Runnable", "java.io.Serializable"),
                TypeKind.CLASS,
                Nesting.TOP_LEVEL,
                "",
                List.of("org.junit.jupiter.api.Test")),
            tuple(
                "Inner",
                "com.acme.app.FooTest.Inner",
                List.of("com.acme.app.Helper"),
                TypeKind.CLASS,
                Nesting.MEMBER,
                "com.acme.app.FooTest",
                List.of()),
            tuple(
                "Point",
                "com.acme.app.FooTest.Point",
                List.of("java.lang.Comparable"),
                TypeKind.RECORD,
                Nesting.MEMBER,
                "com.acme.app.FooTest",
                List.of()),
            tuple(
                "Color",
                "com.acme.app.FooTest.Color",
                List.of(),
                TypeKind.ENUM,
                Nesting.MEMBER,
                "com.acme.app.FooTest",
                List.of()),
            tuple(
                "Shape",
                "com.acme.app.FooTest.Shape",
                List.of("com.acme.app.Other"),
                TypeKind.INTERFACE,
                Nesting.MEMBER,
                "com.acme.app.FooTest",
                List.of()),
            tuple(
                "Marker",
                "com.acme.app.FooTest.Marker",
                List.of(),
                TypeKind.ANNOTATION,
                Nesting.MEMBER,
                "com.acme.app.FooTest",
                List.of()));
    assertThat(facts.classes().get(0).span()).isEqualTo(new Span(6, 14, 6, 21));
    assertThat(facts.definedNames()).containsExactly("FooTest");
  }

  @Test
  void methodsInsideAnAnonymousClassAreNotTheEnclosingClassesMethods() {
    FileFacts facts =
        analyze(
            """
            package com.acme.app;
            class Plain {
              Object o = new Object() {
                @org.junit.Test public void t() {}
              };
            }
            """);

    assertThat(facts.classes()).extracting(ClassFact::methodAnnotations).containsExactly(List.of());
  }

  @Test
  void classAnnotationsResolveThroughImportsAndLocalClassesAreLocal() {
    FileFacts facts =
        analyze(
            """
            package com.acme.app;
            import org.junit.jupiter.api.Nested;
            @org.testng.annotations.Test
            class Outer {
              @Nested
              class Inner {}
              void m() {
                class InMethod {}
              }
            }
            """);

    assertThat(facts.classes())
        .extracting(ClassFact::name, ClassFact::annotations, ClassFact::nesting)
        .containsExactly(
            tuple("Outer", List.of("org.testng.annotations.Test"), Nesting.TOP_LEVEL),
            tuple("Inner", List.of("org.junit.jupiter.api.Nested"), Nesting.MEMBER),
            tuple("InMethod", List.of(), Nesting.LOCAL));
  }

  @Test
  void referencesResolveThroughImportsJavaLangAndFullyQualifiedNames() {
    FileFacts facts =
        analyze(
            """
            package com.acme.app;

            import static org.mockito.Mockito.mock;
            import org.mockito.Mock;
            import org.junit.runner.JUnitCore;

            class FooTest {
              @Mock Foo foo;
              void t(String local) {
                String s = System.getenv("X");
                Object a = org.mockito.Mockito.mock(Foo.class);
                mock(a);
                local.length();
                this.helper();
                JUnitCore.runClasses(FooTest.class);
                new Box<String>();
                new java.util.ArrayList<>();
                System.out.println(s);
              }
              void helper() {}
            }
            """);

    assertThat(refs(facts))
        .containsExactly(
            "USE org.mockito.Mock",
            "CALL java.lang.System.getenv",
            "CALL org.mockito.Mockito.mock",
            "CALL org.mockito.Mockito.mock",
            "CALL org.junit.runner.JUnitCore.runClasses",
            "NEW com.acme.app.Box",
            "NEW java.util.ArrayList",
            "CALL java.lang.System.out.println");
    Reference getenv = facts.references().get(1);
    assertThat(getenv.text()).isEqualTo("System.getenv");
    assertThat(getenv.span()).isEqualTo(new Span(10, 16, 10, 29));
    assertThat(facts.references().get(0).text()).isEqualTo("Mock");
  }

  @Test
  void localVariablesShadowAndOwnMethodsShadowStaticImports() {
    FileFacts facts =
        analyze(
            """
            package com.acme.app;
            import static org.mockito.Mockito.*;
            class FooTest {
              void t() {
                Foo System = null;
                System.getenv("X");
                mock(1);
                spy(2);
              }
              void mock(int x) {}
            }
            """);

    assertThat(refs(facts)).containsExactly("CALL org.mockito.Mockito.spy");
  }

  @Test
  void mainEntryPoints() {
    FileFacts facts =
        analyze(
            """
            package com.acme.app;
            class FooTest {
              public static void main(String[] args) {}
              static class Runner {
                public static void main(final java.lang.String... argv) {}
              }
              static class NotMain {
                static void main(String[] args) {}
                public static int main(String[] args) { return 0; }
              }
            }
            """);

    assertThat(facts.entryPoints())
        .extracting(EntryPoint::owner)
        .containsExactly("com.acme.app.FooTest", "com.acme.app.FooTest.Runner");
    assertThat(facts.entryPoints().get(0).span()).isEqualTo(new Span(3, 22, 3, 26));
  }

  @Test
  void suppressionsFromLineComments() {
    FileFacts facts =
        analyze(
            """
            package com.acme.app;
            class A {
              // ssot: ignore[environment] read before the environment exists
              String s = System.getenv("X"); // ssot: ignore[environment]
              /* ssot: ignore[environment] block comments do not count */
            }
            """);

    assertThat(facts.suppressions())
        .extracting(s -> s.ids(), s -> s.reason(), s -> s.ownLine())
        .containsExactly(
            tuple(List.of("environment"), "read before the environment exists", true),
            tuple(List.of("environment"), "", false));
  }

  @Test
  void syntaxErrorsMakeTheFileUnparsable() {
    FileFacts facts = analyze("package com.acme.app;\nclass A {\n  void f( {\n}\n");

    assertThat(facts.syntaxErrors()).isNotEmpty();
    assertThat(facts.parsed()).isFalse();
  }

  @Test
  void annotatedVarargsParseThoughTheGrammarRejectsThem() {
    FileFacts facts =
        analyze(
            "package com.acme.app;\nclass A {\n  void f(String @Nullable ... names) {}\n"
                + "  void g(@Nullable String... names) { System.getenv(\"X\"); }\n}\n");

    assertThat(facts.syntaxErrors()).isEmpty();
    assertThat(facts.references())
        .extracting(Reference::qualifiedName, Reference::span)
        .contains(tuple("java.lang.System.getenv", new Span(4, 39, 4, 52)));
  }

  @Test
  void markerLikeLinesInATextBlockAreNotAConflict() {
    FileFacts facts =
        analyze(
            "package com.acme.app;\nclass A {\n  String s = \"\"\"\n<<<<<<< ours\na\n=======\nb\n"
                + ">>>>>>> theirs\n\"\"\";\n}\n");

    assertThat(facts.conflicts()).isEmpty();
    assertThat(facts.brokenMarkers()).isEmpty();
    assertThat(facts.syntaxErrors()).isEmpty();
  }

  @Test
  void aConflictedFileKeepsTheFactsOfBothSides() {
    FileFacts facts =
        analyze(
            "package com.acme.app;\n<<<<<<< ours\nimport org.mockito.Mock;\n=======\n"
                + "import org.junit.Test;\n>>>>>>> theirs\nclass A {}\n");

    assertThat(facts.conflicts()).hasSize(1);
    assertThat(facts.syntaxErrors()).isEmpty();
    assertThat(facts.imports())
        .extracting(ImportFact::target)
        .containsExactly("org.mockito.Mock", "org.junit.Test");
  }

  @Test
  void packagesBesideOtherJvmSourcesMayDefineMoreThanWeSee() {
    FileFacts facts = analyze("src/main/kotlin/com/acme/kt/Util.java", "package com.acme.kt;\n");

    assertThat(facts.dynamicNamespace()).isTrue();
    assertThat(analyze("package com.acme.app;\n").dynamicNamespace()).isFalse();
  }

  @Test
  void nonAsciiTextKeepsColumns() {
    FileFacts facts =
        analyze(
            "package com.acme.app;\nclass A { String é = \"ü\"; String s = System.getenv(\"X\"); }\n");

    assertThat(facts.references())
        .extracting(Reference::span)
        .containsExactly(new Span(2, 38, 2, 51));
    assertThat(facts.references()).extracting(Reference::usage).containsExactly(Usage.CALL);
  }
}
