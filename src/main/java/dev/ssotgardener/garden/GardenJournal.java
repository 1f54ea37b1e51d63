package dev.ssotgardener.garden;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ssotgardener.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The garden's write-ahead journal, {@code .ssot/issues/<slug>.journal.json}: what a run killed
 * with changes applied leaves behind, so its rerun knows them as its own. It holds each file's
 * bytes as the run first found them, every write the run made (recorded before it is made, by
 * {@link JournaledWrites}), each test-fix cycle's verdict, and step 6's intent ({@link
 * InterruptedCommit}). {@link InterruptedRun} reads it when a run starts, {@link CommitRefusal}
 * before step 6 commits; the file is removed when the tree holds no change of the run any more.
 */
final class GardenJournal {
  /** The journal's content; mutable, as the tracker state is: it is written as the run goes. */
  @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
  static final class Entries {
    Map<String, Original> originals = new TreeMap<>();
    List<Write> writes = new ArrayList<>();
    List<Trials.Verdict> verdicts = new ArrayList<>();
    InterruptedCommit.Intent commit;

    /** The content hashes {@code path} held as the run found it and wrote it. */
    Set<String> written(String path) {
      Set<String> hashes = new LinkedHashSet<>();
      hashes.add(originals.get(path).sha256());
      for (Write w : writes) {
        if (w.path().equals(path)) {
          hashes.add(w.before());
          hashes.add(w.after());
        }
      }
      return hashes;
    }

    /** The content hash of what the run last wrote to {@code path}. */
    String last(String path) {
      String last = originals.get(path).sha256();
      for (Write w : writes) {
        if (w.path().equals(path)) {
          last = w.after();
        }
      }
      return last;
    }
  }

  /** A file's bytes before the run's first write to it, and their hash. */
  record Original(String sha256, String base64) {}

  /** One write, recorded before it is made. */
  record Write(String step, int cycle, String path, String before, String after) {}

  private static final String SUFFIX = ".journal.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  final GardenRun run;
  private final Path file;
  private Entries entries;

  GardenJournal(GardenRun run) {
    this.run = run;
    this.file =
        run.root
            .resolve(GitWorkTree.TRACKER_FOLDER)
            .resolve("issues")
            .resolve(run.state.slug + SUFFIX);
  }

  /** The issue of a run that was interrupted with its journal open, if there is one. */
  static Optional<String> interrupted(Path root) {
    Path folder = root.resolve(GitWorkTree.TRACKER_FOLDER).resolve("issues");
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(name -> name.endsWith(SUFFIX))
          .map(name -> name.substring(0, name.length() - SUFFIX.length()))
          .sorted()
          .findFirst();
    } catch (IOException e) {
      return Optional.empty(); // no tracker folder: nothing was interrupted
    }
  }

  /** The content, read from the file on first use; empty when there is no file. */
  Entries entries() throws IOException {
    if (entries == null) {
      entries = Files.isRegularFile(file) ? read(file) : new Entries();
    }
    return entries;
  }

  private static Entries read(Path file) throws IOException {
    try {
      return JSON.readValue(file.toFile(), Entries.class);
    } catch (IOException e) {
      throw new IOException(file + ": not a garden journal (" + e.getMessage() + ")", e);
    }
  }

  void save() throws IOException {
    AtomicFiles.write(file, JSON.writeValueAsBytes(entries()));
  }

  /** Records that step 6 is about to create its branch and commit. */
  void beginCommit(InterruptedCommit.Intent intent) throws IOException {
    entries().commit = intent;
    save();
  }

  /** The branch and commit an interrupted step 6 was making, if one was. */
  Optional<InterruptedCommit.Intent> commitIntent() throws IOException {
    return Optional.ofNullable(entries().commit);
  }

  /** Forgets everything: the tree holds no change of this run any more (rolled back, committed). */
  void clear() throws IOException {
    entries = new Entries();
    Files.deleteIfExists(file);
  }

  /** The journal's path relative to the root, for messages. */
  Path relativePath() {
    return run.root.relativize(file);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
