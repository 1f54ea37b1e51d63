package dev.ssotgardener.lang.python;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.facts.Language;
import dev.ssotgardener.lang.ConflictScan;
import dev.ssotgardener.lang.ConflictScanner;
import dev.ssotgardener.lang.Frontend;
import dev.ssotgardener.workspace.SourceFile;

/**
 * pytest's configuration files: text files whose facts are their conflict markers plus what they
 * configure, so which classes pytest collects is known wherever facts are (cache, git history).
 */
public final class PytestConfigFrontend implements Frontend {
  private final ConflictScanner conflicts = new ConflictScanner();

  @Override
  public Language language() {
    return Language.TEXT;
  }

  @Override
  public boolean handles(String path) {
    return PytestConfig.isConfigFile(path);
  }

  @Override
  public FileFacts analyze(SourceFile file) {
    ConflictScan scan = conflicts.scan(file.path(), file.text());
    return FileFacts.text(
        file.path(),
        scan.blocks(),
        scan.broken(),
        PytestConfig.read(file.path(), file.text()).stream().toList());
  }
}
