package dev.ssotgardener.lang.java;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.Language;
import dev.ssotgardener.lang.ProbeContext;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The Java half of the startup check: the changed {@code .java} files compile, in process, against
 * the repository's own sources (every source root its package declarations imply) and an optional
 * classpath. A dependency missing from that classpath is not the change's fault: errors that only
 * say an outside package or class cannot be found are counted apart and do not fail the check; an
 * import of the repository's own code that no longer exists, or a syntax error, does.
 */
final class JavaCompileCheck {
  private static final Pattern IMPORT =
      Pattern.compile("^\\s*import\\s+(static\\s+)?([\\w$.]+?)(\\s*\\.\\s*\\*)?\\s*;");
  private static final Pattern MISSING_PACKAGE = Pattern.compile("package (\\S+) does not exist");
  private static final Pattern SYMBOL = Pattern.compile("symbol:\\s+(\\w+)\\s+([\\w$]+)");

  /**
   * What the compiler said about the changed files.
   *
   * @param ok no error the change can be blamed for
   * @param summary one line for the tracker: what was compiled, the first error, what was not
   *     counted
   */
  record Outcome(boolean ok, String summary) {}

  private final Predicate<String> isLocal;
  private final List<Path> classpath;
  private final List<String> sourceRoots;

  /**
   * @param sources the repository's files: its Java packages and, from where their files live, the
   *     source roots
   * @param classpath the project's dependencies; empty: none, so their imports go unchecked
   */
  JavaCompileCheck(ProbeContext.Sources sources, List<Path> classpath) {
    this.isLocal = sources.isLocal();
    this.classpath = List.copyOf(classpath);
    this.sourceRoots = sourceRoots(sources.files());
  }

  /** {@code src/main/java/a/b/C.java} of package {@code a.b} → {@code src/main/java/}. */
  static List<String> sourceRoots(Collection<FileFacts> files) {
    Set<String> roots = new TreeSet<>();
    for (FileFacts f : files) {
      if (f.language() != Language.JAVA) {
        continue;
      }
      String folder = f.path().substring(0, f.path().lastIndexOf('/') + 1);
      String packageFolder = f.module().isEmpty() ? "" : f.module().replace('.', '/') + "/";
      if (folder.endsWith(packageFolder)) {
        roots.add(folder.substring(0, folder.length() - packageFolder.length()));
      }
    }
    return List.copyOf(roots);
  }

  /** Compiles the {@code .java} files among {@code changedPaths} (repository-relative). */
  Outcome check(Path root, Collection<String> changedPaths) throws IOException {
    Path base = root.toAbsolutePath().normalize();
    Map<Path, String> changed = new HashMap<>();
    for (String path : changedPaths) {
      if (path.endsWith(".java") && Files.isRegularFile(base.resolve(path))) {
        changed.put(base.resolve(path).normalize(), path);
      }
    }
    if (changed.isEmpty()) {
      return new Outcome(true, "no Java source changed");
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    String names = String.join(", ", new TreeSet<>(changed.values()));
    if (compiler == null) {
      return new Outcome(
          true,
          names
              + " not compiled: this Java runtime has no compiler (run ssot on a JDK, or set"
              + " compile-command)");
    }
    Path out = Files.createTempDirectory("ssot-startup-");
    try {
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      try (StandardJavaFileManager files =
          compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
        List<String> options = options(base, out, changed.values());
        compiler
            .getTask(
                new StringWriter(),
                files,
                diagnostics,
                options,
                null,
                files.getJavaFileObjectsFromPaths(changed.keySet()))
            .call();
      }
      return judge(base, changed, names, diagnostics.getDiagnostics());
    } finally {
      deleteTree(out);
    }
  }

  /**
   * The source roots nearest the changed files first: where two modules hold a class of the same
   * name, javac takes it from the first root, which should be the changed file's own module.
   */
  static List<String> nearestFirst(List<String> roots, Collection<String> changedPaths) {
    Comparator<String> nearness =
        Comparator.comparingInt(
            root -> changedPaths.stream().mapToInt(p -> sharedFolders(root, p)).max().orElse(0));
    return roots.stream()
        .sorted(nearness.reversed().thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  private static int sharedFolders(String root, String path) {
    int shared = 0;
    for (int i = 0;
        i < Math.min(root.length(), path.length()) && root.charAt(i) == path.charAt(i);
        i++) {
      if (root.charAt(i) == '/') {
        shared++;
      }
    }
    return shared;
  }

  private List<String> options(Path base, Path out, Collection<String> changedPaths) {
    List<String> roots = new ArrayList<>();
    nearestFirst(sourceRoots, changedPaths).forEach(r -> roots.add(base.resolve(r).toString()));
    List<String> options =
        new ArrayList<>(
            List.of(
                "-proc:none",
                "-implicit:none",
                "-nowarn",
                "-Xlint:none",
                "-Xmaxerrs",
                "100000",
                "-encoding",
                "UTF-8",
                "-d",
                out.toString(),
                // Without an explicit class path javac would read this JVM's own.
                "-classpath",
                classpath.isEmpty()
                    ? out.toString()
                    : String.join(
                        File.pathSeparator, classpath.stream().map(Path::toString).toList())));
    if (!roots.isEmpty()) {
      options.add("-sourcepath");
      options.add(String.join(File.pathSeparator, roots));
    }
    return options;
  }

  /** One changed file's imports of code outside the repository. */
  private final class Imports {
    /** Simple names that imports of outside code bring in (types and static members). */
    private final Set<String> outsideNames = new HashSet<>();

    /** An on-demand import of outside code can bring in any name. */
    private boolean outsideWildcard;

    Imports(List<String> lines) {
      for (String line : lines) {
        Matcher m = IMPORT.matcher(line);
        if (m.find() && !isLocal.test(m.group(2))) {
          if (m.group(3) != null) {
            outsideWildcard = true;
          } else {
            outsideNames.add(m.group(2).substring(m.group(2).lastIndexOf('.') + 1));
          }
        }
      }
    }
  }

  /** The lines of the files the compiler complains about, each read once. */
  private static final class SourceLines {
    private final Map<Path, List<String>> byFile = new HashMap<>();

    List<String> of(Path file) {
      return byFile.computeIfAbsent(
          file,
          f -> {
            try {
              return Files.readAllLines(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
              return List.of();
            }
          });
    }

    /** The name imported on the diagnostic's line, if that line is an import. */
    Optional<String> importedAt(Diagnostic<? extends JavaFileObject> d) {
      Path file = pathOf(d);
      if (file == null) {
        return Optional.empty();
      }
      List<String> lines = of(file);
      long line = d.getLineNumber();
      if (line < 1 || line > lines.size()) {
        return Optional.empty();
      }
      Matcher m = IMPORT.matcher(lines.get((int) line - 1));
      return m.find() ? Optional.of(m.group(2)) : Optional.empty();
    }
  }

  private Outcome judge(
      Path base,
      Map<Path, String> changed,
      String names,
      List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    SourceLines sources = new SourceLines();
    Map<Path, Imports> imports = new HashMap<>();
    for (Path file : changed.keySet()) {
      imports.put(file, new Imports(sources.of(file)));
    }
    // Anything outside missing anywhere (a repository class may extend it) makes a member the
    // compiler cannot find possibly inherited from it.
    TreeSet<String> missingOutside = new TreeSet<>();
    List<Diagnostic<? extends JavaFileObject>> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
      if (d.getKind() != Diagnostic.Kind.ERROR) {
        continue;
      }
      errors.add(d);
      outsideName(d, sources).ifPresent(missingOutside::add);
    }
    List<String> blamed = new ArrayList<>();
    int notCounted = 0;
    for (Diagnostic<? extends JavaFileObject> d : errors) {
      Path file = pathOf(d);
      Imports own = file == null ? null : imports.get(file);
      if (own == null) {
        continue;
      }
      if (isOutsideProblem(d, own, sources, !missingOutside.isEmpty())) {
        notCounted++;
      } else {
        blamed.add(changed.get(file) + ":" + d.getLineNumber() + ": " + oneLine(d));
      }
    }
    String uncounted =
        notCounted == 0
            ? ""
            : "; "
                + notCounted
                + (notCounted == 1 ? " error" : " errors")
                + " about code outside the repository not counted (missing: "
                + String.join(", ", outermost(missingOutside))
                + (classpath.isEmpty() ? "; --classpath checks them)" : ")");
    if (blamed.isEmpty()) {
      return new Outcome(true, "compiled " + names + uncounted);
    }
    return new Outcome(
        false,
        "compiling "
            + names
            + " failed: "
            + blamed.get(0)
            + (blamed.size() > 1 ? " (and " + (blamed.size() - 1) + " more)" : "")
            + uncounted);
  }

  /** The compiler's message on one line: {@code cannot find symbol (class X, package a.b)}. */
  private static String oneLine(Diagnostic<? extends JavaFileObject> d) {
    List<String> lines =
        d.getMessage(Locale.ROOT).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (lines.isEmpty()) {
      return d.getCode();
    }
    List<String> details =
        lines.subList(1, lines.size()).stream()
            .map(l -> l.replaceFirst("^(symbol|location):\\s+", "").replaceAll("\\s+", " "))
            .toList();
    return details.isEmpty()
        ? lines.get(0)
        : lines.get(0) + " (" + String.join(", ", details) + ")";
  }

  /** {@code org.junit, org.junit.runner} → {@code org.junit}: the list names each library once. */
  private static List<String> outermost(Set<String> sortedNames) {
    List<String> out = new ArrayList<>();
    for (String name : sortedNames) {
      if (out.isEmpty() || !name.startsWith(out.get(out.size() - 1) + ".")) {
        out.add(name);
      }
    }
    return out;
  }

  /** The outside package or class an error says is missing, if it says only that. */
  private Optional<String> outsideName(
      Diagnostic<? extends JavaFileObject> d, SourceLines sources) {
    if (d.getCode().equals("compiler.err.doesnt.exist")) {
      Matcher m = MISSING_PACKAGE.matcher(d.getMessage(Locale.ROOT));
      return m.find() && m.group(1).contains(".") && !isLocal.test(m.group(1))
          ? Optional.of(m.group(1))
          : Optional.empty();
    }
    if (d.getCode().startsWith("compiler.err.cant.resolve")) {
      return sources.importedAt(d).filter(name -> !isLocal.test(name));
    }
    return Optional.empty();
  }

  /**
   * Whether an error in a changed file may be only the missing dependency's doing: an import (or a
   * package) outside the repository, a name such an import brings in, or a method or variable that
   * an outside supertype may provide. A type the file names but nothing provides is the change's.
   */
  private boolean isOutsideProblem(
      Diagnostic<? extends JavaFileObject> d,
      Imports own,
      SourceLines sources,
      boolean anyOutsideMissing) {
    String code = d.getCode();
    Optional<String> imported = sources.importedAt(d);
    if (imported.isPresent()) {
      return !isLocal.test(imported.get());
    }
    if (code.equals("compiler.err.doesnt.exist")) {
      Matcher m = MISSING_PACKAGE.matcher(d.getMessage(Locale.ROOT));
      if (!m.find()) {
        return false;
      }
      // A dotless "package" is an unresolved type qualifying a name (Outer.Inner): judged as a
      // type.
      String name = m.group(1);
      return name.contains(".")
          ? !isLocal.test(name)
          : own.outsideNames.contains(name) || own.outsideWildcard;
    }
    if (!code.startsWith("compiler.err.cant.resolve")) {
      return false;
    }
    Matcher symbol = SYMBOL.matcher(d.getMessage(Locale.ROOT));
    if (!symbol.find()) {
      return anyOutsideMissing;
    }
    if (own.outsideNames.contains(symbol.group(2))) {
      return true;
    }
    if (symbol.group(1).equals("class")) {
      return own.outsideWildcard;
    }
    return anyOutsideMissing;
  }

  private static Path pathOf(Diagnostic<? extends JavaFileObject> d) {
    if (d.getSource() == null) {
      return null;
    }
    try {
      return Path.of(d.getSource().toUri()).toAbsolutePath().normalize();
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      return null;
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
