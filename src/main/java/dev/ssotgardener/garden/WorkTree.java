package dev.ssotgardener.garden;

import dev.ssotgardener.fix.AtomicWriter;
import dev.ssotgardener.fix.FileChange;
import dev.ssotgardener.workspace.SourceFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files the test-fix loop writes, each atomically, with the text each had before the run's
 * first write, so that any trial can be undone and the whole run rolled back to the tree as found.
 * The run's facts follow every write.
 */
final class WorkTree {
  private final GardenRun run;
  private final JournaledWrites journal;
  private final AtomicWriter writer;
  private final Map<String, SourceFile> original = new LinkedHashMap<>();
  private final Map<String, SourceFile> current = new LinkedHashMap<>();
  private final Set<String> kept = new LinkedHashSet<>();

  WorkTree(GardenRun run) {
    this.run = run;
    this.journal = new JournaledWrites(run);
    this.writer = new AtomicWriter(journal::write); // every write recorded before it is made
  }

  JournaledWrites journal() {
    return journal;
  }

  /** Writes {@code change} over the file as it is now. */
  void write(FileChange change) throws IOException {
    original.putIfAbsent(change.path(), change.original());
    put(change.path(), change.original(), change.fixedText());
  }

  /** Puts back the text {@code change} replaced. */
  void undo(FileChange change) throws IOException {
    put(change.path(), now(change.path(), change.fixedText()), change.original().text());
  }

  /** Sets a file the run already wrote to {@code text}. */
  void reset(String path, String text) throws IOException {
    SourceFile was = current.get(path);
    if (was != null && !was.text().equals(text)) {
      put(path, was, text);
    }
  }

  /** Puts every file back as the run found it. */
  void restoreAll() throws IOException {
    for (String path : new ArrayList<>(original.keySet())) {
      reset(path, original.get(path).text());
    }
    kept.clear();
    journal.clear();
  }

  /** A change that stays: its file is among those the startup check imports or compiles. */
  void keep(String path) {
    kept.add(path);
  }

  Set<String> keptPaths() {
    return kept;
  }

  /** The text the file had before the run first wrote it. */
  String originalText(String path) {
    return original.get(path).text();
  }

  String currentText(String path) {
    return current.get(path).text();
  }

  private SourceFile now(String path, String text) {
    SourceFile was = original.get(path);
    return new SourceFile(path, text, was.charset(), was.bom());
  }

  private void put(String path, SourceFile from, String text) throws IOException {
    try {
      writer.write(run.root, new FileChange(path, from, text, List.of()));
    } catch (AtomicWriter.WriteException e) {
      throw new IOException(e.getMessage(), e);
    }
    current.put(path, now(path, text));
    run.refresh(path);
  }
}
