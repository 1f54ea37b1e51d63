package dev.ssotgardener.lang.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ssotgardener.audit.Auditor;
import dev.ssotgardener.index.RepoIndex;
import dev.ssotgardener.lang.ProbeContext;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.workspace.WalkOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaCompileCheckTest {
  private static final String TEST = "src/test/java/com/acme/app/WidgetTest.java";

  @TempDir Path repo;

  @BeforeEach
  void repository() throws IOException {
    write(
        "src/main/java/com/acme/app/Widget.java",
        "package com.acme.app;\n\npublic class Widget {\n  public int size() {\n    return 1;\n  }\n}\n");
    write(
        "src/main/java/com/acme/util/Sizes.java",
        "package com.acme.util;\n\npublic final class Sizes {\n  public static int twice(int n) {\n"
            + "    return 2 * n;\n  }\n}\n");
    write(
        "src/test/java/com/acme/testing/BaseCase.java",
        "package com.acme.testing;\n\npublic abstract class BaseCase {}\n");
  }

  @Test
  void aChangedFileThatCompilesAgainstTheRepositorysSourcesPasses() throws Exception {
    write(
        TEST,
        """
        package com.acme.app;

        import com.acme.testing.BaseCase;
        import com.acme.util.Sizes;

        class WidgetTest extends BaseCase {
          int check() {
            return Sizes.twice(new Widget().size());
          }
        }
        """);

    JavaCompileCheck.Outcome outcome = check(List.of());

    assertThat(outcome.ok()).as(outcome.summary()).isTrue();
    assertThat(outcome.summary()).isEqualTo("compiled " + TEST);
  }

  @Test
  void anImportOfARepositoryClassThatNoLongerExistsFailsWithTheCompilersMessage() throws Exception {
    write(
        TEST,
        """
        package com.acme.app;

        import com.acme.util.Lengths;
        import org.junit.Test;

        class WidgetTest {
          @Test
          public void size() {
            Lengths.of(new Widget());
          }
        }
        """);

    JavaCompileCheck.Outcome outcome = check(List.of());

    assertThat(outcome.ok()).isFalse();
    assertThat(outcome.summary())
        .startsWith(
            "compiling "
                + TEST
                + " failed: "
                + TEST
                + ":3: cannot find symbol (class Lengths, package com.acme.util)")
        .contains("missing: org.junit");
  }

  @Test
  void aRemovedRepositoryPackageAndASyntaxErrorFail() throws Exception {
    write(
        TEST,
        "package com.acme.app;\n\nimport com.acme.legacy.OldWidget;\n\nclass WidgetTest {}\n");
    assertThat(check(List.of()).summary())
        .isEqualTo(
            "compiling "
                + TEST
                + " failed: "
                + TEST
                + ":3: package com.acme.legacy does not exist");

    write(TEST, "package com.acme.app;\n\nclass WidgetTest {\n  int x = ;\n}\n");
    JavaCompileCheck.Outcome broken = check(List.of());
    assertThat(broken.ok()).isFalse();
    assertThat(broken.summary()).contains(TEST + ":4: illegal start of expression");
  }

  @Test
  void anOutsideLibraryMissingFromTheClasspathDoesNotFailTheCheck() throws Exception {
    write(
        TEST,
        """
        package com.acme.app;

        import static org.junit.Assert.assertEquals;
        import static org.mockito.Mockito.mock;

        import org.junit.Test;

        public class WidgetTest {
          @Test
          public void size() {
            Widget widget = mock(Widget.class);
            assertEquals(1, widget.size());
          }
        }
        """);

    JavaCompileCheck.Outcome outcome = check(List.of());

    assertThat(outcome.ok()).as(outcome.summary()).isTrue();
    assertThat(outcome.summary())
        .startsWith("compiled " + TEST + "; ")
        .contains("about code outside the repository not counted (missing: org.junit, org.mockito")
        .endsWith("--classpath checks them)");
  }

  @Test
  void aTypeNothingProvidesFailsEvenBesideAMissingLibrary() throws Exception {
    write(
        TEST,
        """
        package com.acme.app;

        import org.junit.Test;

        public class WidgetTest {
          @Test
          public void size() {
            new Gadget();
          }
        }
        """);
    JavaCompileCheck.Outcome outcome = check(List.of());
    assertThat(outcome.ok()).isFalse();
    assertThat(outcome.summary()).contains(TEST + ":8: cannot find symbol");

    write(
        TEST,
        """
        package com.acme.app;

        import org.junit.jupiter.api.MethodOrderer;
        import org.junit.jupiter.api.TestMethodOrder;

        @TestMethodOrder(MethodOrderer.MethodName.class)
        public class WidgetTest {
          Object gone = Gadget.Part.class;
        }
        """);
    assertThat(check(List.of()).summary())
        .startsWith("compiling " + TEST + " failed: " + TEST + ":8: package Gadget does not exist")
        .endsWith("(missing: org.junit.jupiter.api; --classpath checks them)");
  }

  @Test
  void anOutsideTypeQualifyingANameIsNotCounted() throws Exception {
    write(
        TEST,
        """
        package com.acme.app;

        import org.junit.jupiter.api.MethodOrderer;
        import org.junit.jupiter.api.TestMethodOrder;

        @TestMethodOrder(MethodOrderer.MethodName.class)
        public class WidgetTest {}
        """);

    JavaCompileCheck.Outcome outcome = check(List.of());

    assertThat(outcome.ok()).as(outcome.summary()).isTrue();
    assertThat(outcome.summary()).contains("(missing: org.junit.jupiter.api;");
  }

  @Test
  void theClasspathResolvesOutsideLibraries() throws Exception {
    Path junit =
        Path.of(
            org.junit.jupiter.api.Test.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    write(
        TEST,
        """
        package com.acme.app;

        import org.junit.jupiter.api.Test;

        class WidgetTest {
          @Test
          void size() {}
        }
        """);

    assertThat(check(List.of(junit)).summary()).isEqualTo("compiled " + TEST);
  }

  @Test
  void theBundledExamplesJavaTestsCompileWithoutTheirLibraries() throws Exception {
    Path example = Path.of("examples/golden-path");
    List<String> tests =
        List.of(
            "src/test/java/com/netra/agents/AgentRegistryMigrationTest.java",
            "src/test/java/com/netra/agents/AgentRegistryTest.java");

    JavaCompileCheck.Outcome outcome =
        new JavaCompileCheck(sources(example), List.of()).check(example, tests);

    assertThat(outcome.ok()).as(outcome.summary()).isTrue();
    assertThat(outcome.summary())
        .startsWith("compiled " + String.join(", ", tests) + "; ")
        .contains("(missing: org.junit, org.mockito");
  }

  @Test
  void sourceRootsComeFromWherePackagesLive() throws Exception {
    write(TEST, "package com.acme.app;\n\nclass WidgetTest {}\n");
    write("Loose.java", "class Loose {}\n");
    write("misplaced/Odd.java", "package com.acme.elsewhere;\n\nclass Odd {}\n");

    assertThat(
            JavaCompileCheck.sourceRoots(
                new Auditor(Policy.builtinOnly(), WalkOptions.defaults()).index(repo).files()))
        .containsExactly("", "src/main/java/", "src/test/java/");
  }

  @Test
  void theChangedFilesOwnModuleComesFirstOnTheSourcePath() {
    List<String> roots =
        List.of("", "a/src/main/java/", "a/src/test/java/", "b/src/main/java/", "b/src/test/java/");

    assertThat(JavaCompileCheck.nearestFirst(roots, List.of("b/src/test/java/com/x/XTest.java")))
        .containsExactly(
            "b/src/test/java/", "b/src/main/java/", "", "a/src/main/java/", "a/src/test/java/");
  }

  private JavaCompileCheck.Outcome check(List<Path> classpath) throws IOException {
    return new JavaCompileCheck(sources(repo), classpath).check(repo, List.of(TEST, "README.md"));
  }

  private static ProbeContext.Sources sources(Path root) throws IOException {
    RepoIndex index = new Auditor(Policy.builtinOnly(), WalkOptions.defaults()).index(root);
    return new ProbeContext.Sources(index.files(), index::isLocal);
  }

  private void write(String path, String text) throws IOException {
    Files.createDirectories(repo.resolve(path).getParent());
    Files.writeString(repo.resolve(path), text);
  }
}
