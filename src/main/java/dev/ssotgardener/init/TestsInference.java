package dev.ssotgardener.init;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.Language;
import dev.ssotgardener.facts.TestConfig;
import dev.ssotgardener.init.Survey.TestClass;
import dev.ssotgardener.lang.Dialects;
import dev.ssotgardener.policy.GlobSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code tests}: from the project's configuration where it has one — pytest's {@code testpaths} and
 * {@code python_files} in the configuration files pytest reads (the same settings the audit reads
 * for {@code python_classes}), and Maven/Gradle's {@code src/test/java} — else from the files that
 * hold test classes: their file-name pattern where a usual one fits, else their folder.
 */
final class TestsInference {
  /** File-name patterns test files usually follow, tried in this order. */
  private static final List<String> USUAL_NAMES =
      Dialects.all().stream().flatMap(d -> d.idioms().testFileNames().stream()).toList();

  /** Folders that hold tests by convention, and the layout each belongs to. */
  private static final Map<String, String> TEST_FOLDERS =
      Dialects.all().stream()
          .flatMap(d -> d.idioms().testFolders().entrySet().stream())
          .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

  private final Survey survey;

  TestsInference(Survey survey) {
    this.survey = survey;
  }

  /** The globs, and where they came from. */
  record Tests(List<String> globs, String evidence) {}

  Tests infer() {
    Set<String> globs = new TreeSet<>();
    Set<String> sources = new TreeSet<>();
    for (FileFacts file : survey.files()) {
      for (TestConfig config : file.testConfigs()) {
        String folder = folderOf(file.path());
        List<String> paths = config.testPaths().isEmpty() ? List.of("") : config.testPaths();
        for (String path : paths) {
          String base = join(folder, path.replaceAll("^\\./|/$", ""));
          for (String pattern : config.filePatterns()) {
            globs.add(base.isEmpty() ? pattern : base + "/**/" + pattern);
          }
        }
        sources.add(file.path());
      }
      TEST_FOLDERS.forEach(
          (folder, layout) -> {
            if (file.path().startsWith(folder) || file.path().contains("/" + folder)) {
              globs.add("**/" + folder + "**");
              sources.add(layout);
            }
          });
    }
    // a configured pattern no file matches (python_files' *_test.py where all are test_*.py)
    // would only draw the policy loader's warning
    globs.removeIf(
        g -> {
          GlobSet one = GlobSet.of(List.of(g));
          return survey.files().stream().noneMatch(f -> one.matches(f.path()));
        });
    // a language none of whose test classes the configuration places (a Python tree beside a
    // Maven layout) has its tests placed by their files; a configured language keeps its
    // configuration even where some test classes lie outside it
    GlobSet configured = GlobSet.of(List.copyOf(globs));
    Set<Language> placedByConfiguration =
        survey.testClasses().stream()
            .map(TestClass::file)
            .filter(f -> configured.matches(f.path()))
            .map(FileFacts::language)
            .collect(Collectors.toSet());
    int placed = 0;
    for (TestClass test : survey.testClasses()) {
      if (placedByConfiguration.contains(test.file().language())) {
        continue;
      }
      String path = test.file().path();
      String name = path.substring(path.lastIndexOf('/') + 1);
      globs.add(
          USUAL_NAMES.stream()
              .filter(p -> matches(name, p))
              .findFirst()
              .orElseGet(() -> join(folderOf(path), "**")));
      placed++;
    }
    if (placed > 0) {
      sources.add("the files of " + Survey.count(placed) + " test classes");
    }
    return new Tests(
        List.copyOf(globs),
        globs.isEmpty()
            ? "no test configuration and no test classes"
            : "from " + String.join(", ", sources));
  }

  private static boolean matches(String name, String pattern) {
    int star = pattern.indexOf('*');
    return name.startsWith(pattern.substring(0, star))
        && name.endsWith(pattern.substring(star + 1))
        && name.length() >= pattern.length() - 1;
  }

  private static String folderOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  private static String join(String folder, String path) {
    return folder.isEmpty() ? path : path.isEmpty() ? folder : folder + "/" + path;
  }
}
