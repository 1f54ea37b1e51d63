package dev.ssotgardener.fix;

import dev.ssotgardener.audit.EditAuditor;
import dev.ssotgardener.audit.FactsCollector;
import dev.ssotgardener.audit.Frontends;
import dev.ssotgardener.audit.LineSource;
import dev.ssotgardener.facts.FileFacts;
import dev.ssotgardener.finding.Finding;
import dev.ssotgardener.policy.Policy;
import dev.ssotgardener.workspace.FileEntry;
import dev.ssotgardener.workspace.FileWalker;
import dev.ssotgardener.workspace.Listing;
import dev.ssotgardener.workspace.ReadOutcome;
import dev.ssotgardener.workspace.SourceFile;
import dev.ssotgardener.workspace.SourceReader;
import dev.ssotgardener.workspace.WalkOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A repository's facts in memory, with the texts of its files read when first needed. A proposed
 * edit of one file is audited by the {@link EditAuditor} on top of the edits kept so far: only the
 * edited file is parsed again, and only it and the files whose findings can depend on it are judged
 * again.
 */
final class Snapshot {
  private final Map<String, SourceFile> files;
  private final Function<String, SourceFile> reader;
  private final Map<String, FileFacts> facts;
  private final FactsCollector collector;
  private final EditAuditor auditor;

  /** Every file's text as read, or as last kept: what snippets are taken from. */
  private final Map<String, SourceFile> kept = new HashMap<>();

  private Snapshot(
      Map<String, SourceFile> files,
      Function<String, SourceFile> reader,
      Map<String, FileFacts> facts,
      Policy policy) {
    this.files = files;
    this.reader = reader;
    this.facts = facts;
    this.collector = new FactsCollector(Frontends.forRepository(facts.keySet()));
    this.auditor = new EditAuditor(policy, facts.values(), this::lines);
  }

  /** Facts already collected; a file's text is read from disk the first time a check needs it. */
  static Snapshot of(Path root, Map<String, FileFacts> facts, Policy policy) {
    SourceReader reader = new SourceReader();
    return new Snapshot(
        new ConcurrentHashMap<>(),
        path -> {
          Path file = root.resolve(path);
          try {
            FileEntry entry = new FileEntry(path, file, Files.size(file));
            return reader.read(entry) instanceof ReadOutcome.Text text ? text.file() : null;
          } catch (IOException e) {
            return null;
          }
        },
        facts,
        policy);
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
                        ? Stream.of(text.file())
                        : Stream.empty())
            .toList();
    FactsCollector collector =
        new FactsCollector(
            Frontends.forRepository(listing.files().stream().map(FileEntry::path).toList()));
    Map<String, SourceFile> files = new TreeMap<>();
    read.forEach(f -> files.put(f.path(), f));
    Map<String, FileFacts> facts = new TreeMap<>();
    read.parallelStream().map(collector::collect).toList().forEach(f -> facts.put(f.path(), f));
    return new Snapshot(new ConcurrentHashMap<>(files), path -> null, facts, policy);
  }

  SourceFile file(String path) {
    return files.computeIfAbsent(path, reader);
  }

  FileFacts facts(String path) {
    return facts.get(path);
  }

  FileFacts parse(SourceFile file) {
    return collector.collect(file);
  }

  /** The findings of the repository as read. */
  List<Finding> audit() {
    return auditor.findings();
  }

  /**
   * The findings that can differ with {@code edited} (and its already parsed facts) on top of the
   * kept edits: those of the files judged again and of the repository-wide rules.
   */
  List<Finding> auditWith(SourceFile edited, FileFacts editedFacts) {
    EditAuditor.Judged judged = auditor.check(editedFacts, overlay(edited));
    List<Finding> out = new ArrayList<>(judged.repositoryFindings());
    judged.findings().values().forEach(out::addAll);
    return out;
  }

  /** Later checks see {@code edited} in place of the file as read: it is going to be written. */
  void keep(SourceFile edited, FileFacts editedFacts) {
    kept.put(edited.path(), edited);
    auditor.keep(editedFacts, this::lines);
  }

  private LineSource overlay(SourceFile edited) {
    return path -> path.equals(edited.path()) ? linesOf(edited) : lines(path);
  }

  private List<String> lines(String path) {
    SourceFile file = kept.get(path);
    return linesOf(file == null ? file(path) : file);
  }

  private static List<String> linesOf(SourceFile file) {
    return file == null ? List.of() : file.text().lines().toList();
  }
}
