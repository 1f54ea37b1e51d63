package dev.ssotgardener.fix;

import dev.ssotgardener.audit.FactsCollector;
import dev.ssotgardener.audit.Frontends;
import dev.ssotgardener.audit.RuleRunner;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.index.RepoIndex;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.workspace.FileEntry;
import dev.ssotgardener.workspace.FileWalker;
import dev.ssotgardener.workspace.Listing;
import dev.ssotgardener.workspace.ReadOutcome;
import dev.ssotgardener.workspace.SourceFile;
import dev.ssotgardener.workspace.SourceReader;
import dev.ssotgardener.workspace.WalkOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A repository read once into memory with the facts of every file, so a proposed edit of one file
 * is re-audited by re-parsing that file only and running the rules again.
 */
final class Snapshot {
  private final Map<String, SourceFile> files;
  private final Map<String, FileFacts> facts;
  private final FactsCollector collector;
  private final RuleRunner runner;

  private Snapshot(
      Map<String, SourceFile> files,
      Map<String, FileFacts> facts,
      FactsCollector collector,
      RuleRunner runner) {
    this.files = files;
    this.facts = facts;
    this.collector = collector;
    this.runner = runner;
  }

  static Snapshot read(Path root, Policy policy, WalkOptions options) throws IOException {
    Listing listing = new FileWalker(options).walk(root);
    SourceReader reader = new SourceReader();
    List<SourceFile> read =
        listing.files().parallelStream()
            .map(reader::read)
            .flatMap(
                outcome ->
                    outcome instanceof ReadOutcome.Text text
                        ? java.util.stream.Stream.of(text.file())
                        : java.util.stream.Stream.empty())
            .toList();
    FactsCollector collector =
        new FactsCollector(
            Frontends.forRepository(listing.files().stream().map(FileEntry::path).toList()));
    Map<String, SourceFile> files = new TreeMap<>();
    read.forEach(f -> files.put(f.path(), f));
    Map<String, FileFacts> facts = new TreeMap<>();
    read.parallelStream().map(collector::collect).toList().forEach(f -> facts.put(f.path(), f));
    return new Snapshot(files, facts, collector, new RuleRunner(policy));
  }

  SourceFile file(String path) {
    return files.get(path);
  }

  FileFacts facts(String path) {
    return facts.get(path);
  }

  FileFacts parse(SourceFile file) {
    return collector.collect(file);
  }

  List<Finding> audit() {
    return runner.run(
        RepoIndex.of(List.copyOf(facts.values())), path -> linesOf(files.get(path).text()));
  }

  /** The findings with {@code path} holding {@code edited} and its already parsed facts. */
  List<Finding> auditWith(SourceFile edited, FileFacts editedFacts) {
    Map<String, FileFacts> replaced = new TreeMap<>(facts);
    replaced.put(edited.path(), editedFacts);
    return runner.run(
        RepoIndex.of(List.copyOf(replaced.values())),
        path ->
            linesOf(
                path.equals(edited.path())
                    ? edited.text()
                    : Optional.ofNullable(files.get(path)).map(SourceFile::text).orElse("")));
  }

  private static List<String> linesOf(String text) {
    return text.lines().toList();
  }
}
