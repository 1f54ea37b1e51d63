package dev.ssotgardener.index;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.TestConfig;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The test framework settings of a repository's configuration files, by folder: a file is governed
 * by the nearest folder, from its own upwards, holding a configuration of the framework, and there
 * by the file of lowest precedence — as pytest finds its configuration for a path it is given.
 */
final class TestConfigs {
  private final Map<String, TestConfig> byFrameworkAndFolder = new HashMap<>();

  TestConfigs(Collection<FileFacts> files) {
    for (FileFacts file : files) {
      for (TestConfig config : file.testConfigs()) {
        byFrameworkAndFolder.merge(
            key(config.framework(), folderOf(file.path())),
            config,
            (a, b) -> a.precedence() <= b.precedence() ? a : b);
      }
    }
  }

  Optional<TestConfig> of(String framework, String path) {
    if (byFrameworkAndFolder.isEmpty()) {
      return Optional.empty();
    }
    for (String folder = folderOf(path); ; folder = folderOf(folder)) {
      TestConfig found = byFrameworkAndFolder.get(key(framework, folder));
      if (found != null || folder.isEmpty()) {
        return Optional.ofNullable(found);
      }
    }
  }

  private static String key(String framework, String folder) {
    return framework + '\0' + folder;
  }

  /** The repository-relative folder of a path; empty at the top. */
  private static String folderOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }
}
