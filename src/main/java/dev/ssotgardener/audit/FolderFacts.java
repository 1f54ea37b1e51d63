package dev.ssotgardener.audit;

import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.workspace.FileEntry;
import dev.ssotgardener.workspace.SkippedFile;
import dev.ssotgardener.workspace.SourceFile;
import java.util.List;
import java.util.Map;

/**
 * The facts a folder of a repository is judged with ({@link Auditor#folderFacts}), paths as the
 * folder sees them ({@link FolderScope}).
 *
 * @param judged the facts of the folder's files
 * @param all those and the facts of the files outside the folder that resolution reaches
 * @param entries the folder's files on disk, by folder-relative path
 * @param skipped the folder's files that were not read, folder-relative
 */
public record FolderFacts(
    FolderScope scope,
    List<FileFacts> judged,
    List<FileFacts> all,
    Map<String, FileEntry> entries,
    List<SkippedFile> skipped,
    FactsCollector collector) {
  public FolderFacts {
    judged = List.copyOf(judged);
    all = List.copyOf(all);
    entries = Map.copyOf(entries);
    skipped = List.copyOf(skipped);
  }

  /** The facts of a folder file's (new) text, as the folder sees them. */
  public FileFacts collect(SourceFile file) {
    String path = file.path();
    SourceFile inRepository =
        new SourceFile(scope.prefix() + "/" + path, file.text(), file.charset(), file.bom());
    return collector.collect(inRepository).withPath(path);
  }
}
