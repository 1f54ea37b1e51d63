package dev.ssotgardener.lang.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ssotgardener.facts.ClassFact;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.ImportFact;
import dev.ssotgardener.facts.Reference;
import dev.ssotgardener.facts.Reference.Usage;
import dev.ssotgardener.facts.Span;
import dev.ssotgardener.facts.SyntaxError;
import dev.ssotgardener.workspace.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonFrontendTest {
  private final PythonFrontend frontend =
      new PythonFrontend(List.of("app/services/ctx.py", "pkg/sub/__init__.py", "pkg/sub/mod.py"));

  private FileFacts analyze(String path, String text) {
    return frontend.analyze(new SourceFile(path, text, StandardCharsets.UTF_8, false));
  }

  private FileFacts analyze(String text) {
    return analyze("pkg/sub/mod.py", text);
  }

  private static Span line(int line, int length) {
    return new Span(line, 1, line, length + 1);
  }

  @Test
  void handlesPythonFiles() {
    assertThat(frontend.handles("a/b.py")).isTrue();
    assertThat(frontend.handles("a/b.pyi")).isTrue();
    assertThat(frontend.handles("a/b.pyc")).isFalse();
  }

  @Test
  void plainImports() {
    FileFacts facts = analyze("import os\nimport os.path\nimport unittest.mock as um, sys\n");

    assertThat(facts.imports().get(2).nameSpan()).isEqualTo(new Span(3, 8, 3, 27));
    assertThat(facts.imports().get(3).nameSpan()).isEqualTo(new Span(3, 29, 3, 32));
    assertThat(facts.imports())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("nameSpan")
        .containsExactly(
            new ImportFact("os", "os", null, "os", "os", false, false, false, line(1, 9)),
            new ImportFact(
                "os.path", "os.path", null, "os", "os", false, false, false, line(2, 14)),
            new ImportFact(
                "unittest.mock",
                "unittest.mock",
                null,
                "um",
                "unittest.mock",
                false,
                false,
                false,
                line(3, 31)),
            new ImportFact("sys", "sys", null, "sys", "sys", false, false, false, line(3, 31)));
  }

  @Test
  void fromImports() {
    FileFacts facts =
        analyze(
            "from unittest import mock\nfrom unittest.mock import patch as p\n"
                + "from os import (\n    environ,  # env\n    getenv,\n)\nfrom m import *\n");

    assertThat(facts.imports())
        .extracting(
            ImportFact::target,
            ImportFact::module,
            ImportFact::member,
            ImportFact::localName,
            ImportFact::localTarget,
            ImportFact::wildcard)
        .containsExactly(
            tuple("unittest.mock", "unittest", "mock", "mock", "unittest.mock", false),
            tuple(
                "unittest.mock.patch", "unittest.mock", "patch", "p", "unittest.mock.patch", false),
            tuple("os.environ", "os", "environ", "environ", "os.environ", false),
            tuple("os.getenv", "os", "getenv", "getenv", "os.getenv", false),
            tuple("m", "m", null, null, null, true));
    assertThat(facts.imports().get(2).span()).isEqualTo(new Span(3, 1, 6, 2));
    assertThat(facts.dynamicNamespace()).isTrue();
  }

  @Test
  void relativeImportsAreMadeAbsolute() {
    String text = "from . import x\nfrom ..pkg2.mod import y\nfrom .sibling import z\n";

    assertThat(analyze("pkg/sub/mod.py", text).imports())
        .extracting(ImportFact::target)
        .containsExactly("pkg.sub.x", "pkg.pkg2.mod.y", "pkg.sub.sibling.z");
    assertThat(analyze("pkg/sub/__init__.py", text).imports())
        .extracting(ImportFact::target)
        .containsExactly("pkg.sub.x", "pkg.pkg2.mod.y", "pkg.sub.sibling.z");
    assertThat(analyze("pkg/__init__.py", text).imports())
        .extracting(ImportFact::module)
        .containsExactly("pkg", "pkg2.mod", "pkg.sibling");
  }

  @Test
  void futureImport() {
    assertThat(analyze("from __future__ import annotations\n").imports())
        .extracting(ImportFact::target, ImportFact::localName)
        .containsExactly(tuple("__future__.annotations", "annotations"));
  }

  @Test
  void guardedImports() {
    FileFacts facts =
        analyze(
            """
            try:
                import a
            except ImportError:
                import b
            try:
                if True:
                    import c
            except (ValueError, ModuleNotFoundError) as e:
                pass
            try:
                import d
            except ValueError:
                pass
            try:
                import e
            except:
                pass
            try:
                try:
                    import f
                except KeyError:
                    pass
            except Exception:
                pass
            try:
                import g
            finally:
                pass
            """);

    assertThat(facts.imports())
        .extracting(ImportFact::target, ImportFact::guarded)
        .containsExactly(
            tuple("a", true),
            tuple("b", false),
            tuple("c", true),
            tuple("d", false),
            tuple("e", true),
            tuple("f", true),
            tuple("g", false));
  }

  @Test
  void importsATestExpectsToFailAreGuarded() {
    FileFacts facts =
        analyze(
            """
            def test_legacy_is_gone(self):
                with pytest.raises(ImportError, match="x"):
                    from app.legacy import Old
                with self.assertRaises((ModuleNotFoundError, ValueError)):
                    import app.old
                with pytest.raises(ValueError):
                    import app.value
                with open(path):
                    import app.opened
            """);

    assertThat(facts.imports())
        .extracting(ImportFact::target, ImportFact::guarded)
        .containsExactly(
            tuple("app.legacy.Old", true),
            tuple("app.old", true),
            tuple("app.value", false),
            tuple("app.opened", false));
  }

  @Test
  void classBases() {
    FileFacts facts =
        analyze(
            """
            import unittest
            import unittest as ut
            from unittest import TestCase
            from typing import Generic, TypeVar

            class Base: pass

            class A(unittest.TestCase): pass

            class B(TestCase, Base, metaclass=Meta): pass

            @decorator
            class C(ut.TestCase, Generic[T], Unknown):
                class Inner(Base):
                    pass

            def factory():
                class Local(Base):
                    pass
            """);

    assertThat(facts.classes())
        .extracting(ClassFact::name, ClassFact::qualifiedName, ClassFact::bases)
        .containsExactly(
            tuple("Base", "pkg.sub.mod.Base", List.of()),
            tuple("A", "pkg.sub.mod.A", List.of("unittest.TestCase")),
            tuple("B", "pkg.sub.mod.B", List.of("unittest.TestCase", "pkg.sub.mod.Base")),
            tuple("C", "pkg.sub.mod.C", List.of("unittest.TestCase", "typing.Generic", "Unknown")),
            tuple("Inner", "pkg.sub.mod.C.Inner", List.of("pkg.sub.mod.Base")),
            tuple("Local", "pkg.sub.mod.factory.<locals>.Local", List.of("pkg.sub.mod.Base")));
    assertThat(facts.classes().get(1).span()).isEqualTo(new Span(8, 7, 8, 8));
  }

  private static List<Reference> references(FileFacts facts) {
    return facts.references();
  }

  @Test
  void referencesThroughImports() {
    FileFacts facts =
        analyze(
            """
            import os
            import os.path as osp
            import unittest
            import unittest.mock as um
            from unittest import mock
            from os import environ, getenv
            from app.services.ctx import UserExecutionContext

            um.patch("x")
            mock.patch.dict(environ, {})
            getenv("X")
            os.environ["X"]
            os.environ.get("X")
            osp.join(a)
            unittest.main()
            UserExecutionContext(user=1)
            """);

    assertThat(references(facts))
        .extracting(Reference::qualifiedName, Reference::usage, Reference::text)
        .containsExactly(
            tuple("unittest.mock.patch", Usage.CALL, "um.patch"),
            tuple("unittest.mock.patch.dict", Usage.CALL, "mock.patch.dict"),
            tuple("os.environ", Usage.USE, "environ"),
            tuple("os.getenv", Usage.CALL, "getenv"),
            tuple("os.environ", Usage.SUBSCRIPT, "os.environ"),
            tuple("os.environ.get", Usage.CALL, "os.environ.get"),
            tuple("os.path.join", Usage.CALL, "osp.join"),
            tuple("unittest.main", Usage.CALL, "unittest.main"),
            tuple("app.services.ctx.UserExecutionContext", Usage.CALL, "UserExecutionContext"));
    assertThat(references(facts).get(0).span()).isEqualTo(new Span(9, 1, 9, 9));
  }

  @Test
  void aSubscriptAssignedToOrDeletedIsAStoreNotARead() {
    String source =
        "import os\nos.environ['A'] = '1'\nos.environ['B'] += 'x'\ndel os.environ['C']\n"
            + "x = os.environ['D']\n";
    assertThat(references(analyze(source)))
        .extracting(r -> r.span().startLine(), Reference::usage)
        .containsExactly(
            tuple(2, Usage.STORE),
            tuple(3, Usage.STORE),
            tuple(4, Usage.STORE),
            tuple(5, Usage.SUBSCRIPT));
  }

  @Test
  void importedSubmoduleKeepsItsHead() {
    assertThat(references(analyze("import os.path\nos.path.join(a, b)\n")))
        .extracting(Reference::qualifiedName, Reference::usage)
        .containsExactly(tuple("os.path.join", Usage.CALL));
  }

  @Test
  void decoratorsAndLocalDefinitions() {
    FileFacts facts =
        analyze(
            """
            from unittest.mock import patch

            class Helper:
                pass

            @patch("os.getcwd")
            def test(self, patch=None):
                return Helper()
            """);

    assertThat(references(facts))
        .extracting(Reference::qualifiedName, Reference::usage)
        .containsExactly(
            tuple("unittest.mock.patch", Usage.CALL), tuple("pkg.sub.mod.Helper", Usage.CALL));
  }

  @Test
  void namesThatAreNotReferences() {
    FileFacts facts =
        analyze(
            """
            from os import environ
            x.environ
            f(environ=1)
            def g(environ, *environ2, **kw): pass
            def environ(): pass
            lambda environ: 1
            obj.method().environ
            """);

    assertThat(references(facts)).isEmpty();
  }

  @Test
  void columnsCountUtf16Units() {
    FileFacts facts = analyze("import os\nx = \"é😀\"; os.environ\n");

    // x = "é😀"; is 11 UTF-16 units (the emoji is two), 14 UTF-8 bytes
    assertThat(references(facts))
        .extracting(Reference::span)
        .containsExactly(new Span(2, 12, 2, 22));
  }

  @Test
  void definedNamesAtModuleLevel() {
    FileFacts facts =
        analyze(
            """
            import os.path
            from x import y as z
            A = 1
            b, (c, d) = 2
            e: int = 3
            f += 1
            for g in []: pass
            if True:
                h = 1
            try:
                import i
            except ImportError:
                i = None
            class K:
                inner = 1
            def m():
                local = 1
            squares = [n * n for n, _ in pairs]
            try:
                pass
            except ValueError as error:
                pass
            """);

    // a comprehension's targets are its own; Python deletes an except's name after the handler
    assertThat(facts.definedNames())
        .containsExactlyInAnyOrder(
            "os", "z", "A", "b", "c", "d", "e", "f", "g", "h", "i", "K", "m", "squares");
    assertThat(facts.dynamicNamespace()).isFalse();
  }

  @Test
  void moduleGetattrMakesTheNamespaceDynamic() {
    assertThat(analyze("def __getattr__(name):\n    return 1\n").dynamicNamespace()).isTrue();
    assertThat(analyze("class A:\n    def __getattr__(self, n): pass\n").dynamicNamespace())
        .isFalse();
  }

  @Test
  void suppressionComments() {
    FileFacts facts =
        analyze(
            "# ssot: ignore[environment] legacy\nimport os  # ssot: ignore[a, b] why\n# note\n");

    assertThat(facts.suppressions())
        .extracting(s -> s.ids(), s -> s.reason(), s -> s.ownLine())
        .containsExactly(
            tuple(List.of("environment"), "legacy", true), tuple(List.of("a", "b"), "why", false));
  }

  @Test
  void conflictedFileKeepsBothSides() {
    String text =
        """
        import os
        <<<<<<< HEAD
        from unittest.mock import patch
        =======
        from test_framework.ssot.mock_factory import SSotMockFactory
        >>>>>>> 7af8f5475

        class T:
        <<<<<<< HEAD
            def test(self):
                return patch("x"), os.environ["A"]
        ||||||| base
            pass
        =======
            def test(self):
                return SSotMockFactory.create(), os.getenv("A")
        >>>>>>> 7af8f5475
        """;
    FileFacts facts = analyze(text);

    assertThat(facts.conflicts()).hasSize(2);
    assertThat(facts.syntaxErrors()).isEmpty();
    assertThat(facts.parsed()).isTrue();
    assertThat(facts.imports())
        .extracting(ImportFact::target, i -> i.span().startLine())
        .containsExactly(
            tuple("os", 1),
            tuple("unittest.mock.patch", 3),
            tuple("test_framework.ssot.mock_factory.SSotMockFactory", 5));
    assertThat(references(facts))
        .extracting(Reference::qualifiedName, r -> r.span().startLine())
        .containsExactlyInAnyOrder(
            tuple("unittest.mock.patch", 11),
            tuple("os.environ", 11),
            tuple("test_framework.ssot.mock_factory.SSotMockFactory.create", 16),
            tuple("os.getenv", 16));
    assertThat(facts.classes()).hasSize(1);
  }

  @Test
  void conflictedFileWithBothSidesBrokenReportsOursErrors() {
    String text = "<<<<<<< HEAD\nx = (1\n=======\ny = (2\n>>>>>>> b\nz = 3\n";
    FileFacts facts = analyze(text);

    assertThat(facts.syntaxErrors()).isNotEmpty();
    assertThat(facts.syntaxErrors().get(0).span().startLine()).isEqualTo(2);
  }

  @Test
  void plainSyntaxError() {
    FileFacts facts = analyze("def f(:\n    pass\nx = 1\n");

    assertThat(facts.parsed()).isFalse();
    assertThat(facts.syntaxErrors()).extracting(SyntaxError::message).isNotEmpty();
    assertThat(facts.syntaxErrors().get(0).span().startLine()).isEqualTo(1);
  }

  @Test
  void missingTokenIsReported() {
    FileFacts facts = analyze("class A\n    pass\n");

    assertThat(facts.syntaxErrors())
        .extracting(SyntaxError::message)
        .anyMatch(m -> m.startsWith("missing") || m.startsWith("unexpected"));
  }

  @Test
  void emptyFile() {
    FileFacts facts = analyze("pkg/sub/empty.py", "");

    assertThat(facts.module()).isEqualTo("pkg.sub.empty");
    assertThat(facts.imports()).isEmpty();
    assertThat(facts.syntaxErrors()).isEmpty();
    assertThat(facts.parsed()).isTrue();
  }

  @Test
  void classesSayWhereTheyAreDefinedAndWhetherTheyHaveAnInitializer() {
    FileFacts facts =
        analyze(
            """
            class Outer:
                class Inner:
                    def __init__(self):
                        pass

                def method(self):
                    class InMethod:
                        pass

            def factory():
                class InFunction:
                    def helper(self):
                        def __init__():
                            pass
            """);

    assertThat(facts.classes())
        .extracting(
            ClassFact::name,
            ClassFact::nesting,
            ClassFact::enclosingClass,
            ClassFact::declaresInitializer)
        .containsExactly(
            tuple("Outer", ClassFact.Nesting.TOP_LEVEL, "", false),
            tuple("Inner", ClassFact.Nesting.MEMBER, "pkg.sub.mod.Outer", true),
            tuple("InMethod", ClassFact.Nesting.LOCAL, "", false),
            tuple("InFunction", ClassFact.Nesting.LOCAL, "", false));
  }

  @Test
  void chainsHeadedByANameBoundNowhereAreKeptApart() {
    FileFacts facts =
        analyze(
            """
            import sys

            def run(pytest):
                pytest.main()

            unittest.main(argv=sys.argv)
            os.environ["X"]
            """);

    assertThat(facts.unboundReferences())
        .extracting(Reference::qualifiedName, Reference::usage)
        .containsExactly(tuple("unittest.main", Usage.CALL), tuple("os.environ", Usage.SUBSCRIPT));
    assertThat(facts.references()).extracting(Reference::qualifiedName).containsExactly("sys.argv");
  }
}
