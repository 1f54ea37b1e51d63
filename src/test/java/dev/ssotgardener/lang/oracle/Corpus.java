package dev.ssotgardener.lang.oracle;

import dev.ssotgardener.workspace.FileEntry;
import dev.ssotgardener.workspace.ReadOutcome;
import dev.ssotgardener.workspace.SourceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files the oracle tests read: fixture repositories, a tree on disk, generated modules. */
final class Corpus {
  private Corpus() {}

  /**
   * Every {@code extension} file of the repositories under {@code parents}: each child folder of a
   * parent is one repository (a fixture case, an example), read as the auditor reads files.
   */
  static List<SourceCase> repositories(List<Path> parents, String extension) {
    List<SourceCase> out = new ArrayList<>();
    for (Path parent : parents) {
      for (Path repository : children(parent)) {
        out.addAll(tree(repository, extension));
      }
    }
    return out;
  }

  /** Every {@code extension} file under {@code root}, one repository. */
  static List<SourceCase> tree(Path root, String extension) {
    List<String> paths;
    try (Stream<Path> files = Files.walk(root)) {
      paths =
          files
              .filter(Files::isRegularFile)
              .map(f -> root.relativize(f).toString().replace('\\', '/'))
              .filter(p -> !p.startsWith(".git/"))
              .sorted()
              .toList();
      // one immutable list shared by every file: the front ends are set up once per repository
      paths = List.copyOf(paths);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SourceReader reader = new SourceReader();
    List<SourceCase> out = new ArrayList<>();
    for (String path : paths) {
      if (path.endsWith(extension)
          && reader.read(new FileEntry(path, root.resolve(path), 0))
              instanceof ReadOutcome.Text t) {
        out.add(new SourceCase(root.resolve(path).toString(), path, t.file().text(), paths));
      }
    }
    return out;
  }

  /** {@code count} generated Python modules, all in package {@code pkg.sub}. */
  static List<SourceCase> generatedPython(long seed, int count) {
    PythonGenerator generator = new PythonGenerator(seed);
    List<String> paths = new ArrayList<>(List.of("pkg/__init__.py", "pkg/sub/__init__.py"));
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      paths.add("pkg/sub/gen" + i + ".py");
      texts.add(generator.next());
    }
    return generated(seed, paths.subList(2, paths.size()), texts, paths);
  }

  /** {@code count} generated Java compilation units of package {@code com.acme.gen}. */
  static List<SourceCase> generatedJava(long seed, int count) {
    JavaGenerator generator = new JavaGenerator(seed);
    List<String> paths = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      paths.add("src/main/java/com/acme/gen/Gen" + i + ".java");
      texts.add(generator.next());
    }
    return generated(seed, paths, texts, paths);
  }

  private static List<SourceCase> generated(
      long seed, List<String> paths, List<String> texts, List<String> repository) {
    List<String> all = List.copyOf(repository);
    List<SourceCase> out = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      out.add(new SourceCase("seed " + seed + " file " + i, paths.get(i), texts.get(i), all));
    }
    return out;
  }

  private static List<Path> children(Path parent) {
    try (Stream<Path> children = Files.list(parent)) {
      return children.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
