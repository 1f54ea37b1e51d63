package dev.ssotgardener.lang.oracle;

import java.util.List;

/**
 * One source file to check, with the repository it belongs to (front ends resolve modules and
 * same-package types against the repository's paths).
 *
 * @param origin where the file came from, for messages: a fixture path or a generator seed
 * @param path repo-relative path
 * @param text the decoded content
 * @param repositoryPaths every repo-relative path of the file's repository
 */
record SourceCase(String origin, String path, String text, List<String> repositoryPaths) {
  SourceCase {
    repositoryPaths = List.copyOf(repositoryPaths);
  }
}
