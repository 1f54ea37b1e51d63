package dev.ssotgardener.lang.oracle;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * The JDK's own parser as an oracle: {@code JavacTask.parse()} over a batch of texts, no
 * attribution, so nothing needs a classpath; {@link JavacFacts} reads the facts off each tree.
 */
final class JavaOracle {
  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();

  List<OracleVerdict> verdicts(List<String> texts) {
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      sources.add(new Source(i, texts.get(i)));
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavacTask task =
        (JavacTask) javac.getTask(null, null, diagnostics, List.of("-proc:none"), null, sources);
    // javac may wrap our file objects: match them by URI
    Map<String, String> errors = new HashMap<>();
    Map<String, CompilationUnitTree> units = new HashMap<>();
    try {
      for (CompilationUnitTree unit : task.parse()) {
        units.put(unit.getSourceFile().toUri().toString(), unit);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR && d.getSource() != null) {
        errors.putIfAbsent(
            d.getSource().toUri().toString(), d.getLineNumber() + ": " + d.getMessage(null));
      }
    }
    SourcePositions positions = Trees.instance(task).getSourcePositions();
    List<OracleVerdict> out = new ArrayList<>();
    for (Source source : sources) {
      String error = errors.get(source.toUri().toString());
      CompilationUnitTree unit = units.get(source.toUri().toString());
      out.add(
          error != null || unit == null
              ? OracleVerdict.rejected(error == null ? "no tree" : error)
              : new OracleVerdict(new JavacFacts(unit, positions, source.text).facts(), null));
    }
    return out;
  }

  /** One text as javac reads it; the URI only needs to be unique and end in {@code .java}. */
  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(int index, String text) {
      super(URI.create("string:///oracle/F" + index + ".java"), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
