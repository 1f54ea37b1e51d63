package dev.ssotgardener.fix;

import dev.ssotgardener.audit.FactsCache;
import dev.ssotgardener.audit.FactsCollector;
import dev.ssotgardener.audit.FactsKey;
import dev.ssotgardener.audit.Frontends;
import dev.ssotgardener.audit.IncrementalAuditor;
import dev.ssotgardener.audit.StoredFile;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A repository read once into memory with the facts of every file. Proposed edits are audited as a
 * sequence of trees by the {@link IncrementalAuditor}: each tree is the repository with the edits
 * kept so far plus the one proposed, so a check re-parses the edited file only and judges again
 * only the files whose findings it can change.
 */
final class Snapshot {
  private final Map<String, SourceFile> files;
  private final Map<String, FileFacts> facts;
  private final FactsCollector collector;
  private final IncrementalAuditor auditor;
  private final FactsCache cache = FactsCache.inMemory();

  /** The tree edits are checked against: every file as read, or as last kept. */
  private final Map<String, StoredFile> kept = new LinkedHashMap<>();

  private final Map<String, SourceFile> keptText = new TreeMap<>();
  private int edits;

  private Snapshot(
      Map<String, SourceFile> files,
      Map<String, FileFacts> facts,
      FactsCollector collector,
      Policy policy) {
    this.files = files;
    this.facts = facts;
    this.collector = collector;
    this.auditor = new IncrementalAuditor(policy);
    files.values().forEach(f -> keep(f, facts.get(f.path()), "read"));
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
    return new Snapshot(files, facts, collector, policy);
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

  /** The findings of the repository as read; starts the sequence of audited trees. */
  List<Finding> audit() {
    return auditor.audit("", List.copyOf(kept.values()), cache, this::lines).findings();
  }

  /** The findings with {@code edited} (and its already parsed facts) on top of the kept edits. */
  List<Finding> auditWith(SourceFile edited, FileFacts editedFacts) {
    Map<String, StoredFile> tree = new LinkedHashMap<>(kept);
    String id = "edit-" + ++edits;
    cache.put(key(edited.path(), id), editedFacts);
    tree.put(edited.path(), stored(edited, id));
    return auditor
        .audit(
            "",
            List.copyOf(tree.values()),
            cache,
            path -> path.equals(edited.path()) ? linesOf(edited) : lines(path))
        .findings();
  }

  /** Later checks see {@code edited} in place of the file as read: it is going to be written. */
  void keep(SourceFile edited, FileFacts editedFacts) {
    keep(edited, editedFacts, "kept-" + ++edits);
  }

  private void keep(SourceFile file, FileFacts fileFacts, String id) {
    cache.put(key(file.path(), id), fileFacts);
    kept.put(file.path(), stored(file, id));
    keptText.put(file.path(), file);
  }

  private FactsKey key(String path, String contentId) {
    return new FactsKey(path, contentId, collector.contextOf(path));
  }

  private static StoredFile stored(SourceFile file, String id) {
    return new StoredFile(file.path(), id, () -> new ReadOutcome.Text(file));
  }

  private List<String> lines(String path) {
    return linesOf(keptText.get(path));
  }

  private static List<String> linesOf(SourceFile file) {
    return Optional.ofNullable(file).map(f -> f.text().lines().toList()).orElse(new ArrayList<>());
  }
}
